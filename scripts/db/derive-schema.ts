// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
import fs from 'node:fs';
import { derivePostgresSchema, POSTGRES_SCHEMA, readSchema, SQLITE_SCHEMA } from './schema-files';

fs.writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readSchema(SQLITE_SCHEMA)));
console.log(`wrote ${POSTGRES_SCHEMA}`);
