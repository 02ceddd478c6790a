-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "sourceOutlet" TEXT NOT NULL DEFAULT '';
