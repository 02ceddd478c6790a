-- CreateTable
CREATE TABLE "AttemptThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttemptThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AttemptThrottle_expiresAt_idx" ON "AttemptThrottle"("expiresAt");
