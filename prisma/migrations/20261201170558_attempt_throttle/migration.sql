-- CreateTable
CREATE TABLE "AttemptThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AttemptThrottle_expiresAt_idx" ON "AttemptThrottle"("expiresAt");
