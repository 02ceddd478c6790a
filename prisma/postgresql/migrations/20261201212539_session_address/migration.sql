-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ipAddress" TEXT NOT NULL DEFAULT '';
