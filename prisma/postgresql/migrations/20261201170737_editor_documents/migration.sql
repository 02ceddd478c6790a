-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "autoExcerpt" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "editedById" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleAutosave" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "articleId" INTEGER,
    "slot" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL DEFAULT 0,
    "content" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleAutosave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_data_migrations" (
    "name" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "_data_migrations_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "ArticleAutosave_articleId_idx" ON "ArticleAutosave"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleAutosave_userId_slot_key" ON "ArticleAutosave"("userId", "slot");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAutosave" ADD CONSTRAINT "ArticleAutosave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAutosave" ADD CONSTRAINT "ArticleAutosave_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
