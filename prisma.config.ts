// Configuration of the Prisma CLI, used only by `prisma generate` here: migrations run through
// scripts/db/migrate.ts because the CLI's native schema engine cannot be downloaded offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
