-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "approved" BOOLEAN NOT NULL DEFAULT true;
