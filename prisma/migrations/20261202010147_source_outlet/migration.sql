-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "autoExcerpt" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedById" INTEGER,
    "sourceLine" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "contentUpdatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "authorId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "coverId" INTEGER,
    "coverAlt" TEXT NOT NULL DEFAULT '',
    "coverCaption" TEXT NOT NULL DEFAULT '',
    "seoTitle" TEXT NOT NULL DEFAULT '',
    "seoDescription" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'ar',
    "translationOfId" INTEGER,
    "breaking" BOOLEAN NOT NULL DEFAULT false,
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "commentsOpen" BOOLEAN NOT NULL DEFAULT true,
    "sourceOutlet" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Article_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Media" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "autoExcerpt", "body", "breaking", "categoryId", "commentCount", "commentsOpen", "contentUpdatedAt", "coverAlt", "coverCaption", "coverId", "createdAt", "editedById", "excerpt", "id", "language", "publishedAt", "readCount", "seoDescription", "seoTitle", "slug", "sourceLine", "status", "title", "translationOfId", "updatedAt", "version") SELECT "authorId", "autoExcerpt", "body", "breaking", "categoryId", "commentCount", "commentsOpen", "contentUpdatedAt", "coverAlt", "coverCaption", "coverId", "createdAt", "editedById", "excerpt", "id", "language", "publishedAt", "readCount", "seoDescription", "seoTitle", "slug", "sourceLine", "status", "title", "translationOfId", "updatedAt", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");
CREATE INDEX "Article_categoryId_status_publishedAt_idx" ON "Article"("categoryId", "status", "publishedAt");
CREATE INDEX "Article_authorId_status_publishedAt_idx" ON "Article"("authorId", "status", "publishedAt");
CREATE INDEX "Article_breaking_status_publishedAt_idx" ON "Article"("breaking", "status", "publishedAt");
CREATE INDEX "Article_translationOfId_idx" ON "Article"("translationOfId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
