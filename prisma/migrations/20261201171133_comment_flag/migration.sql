-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "flag" TEXT;
