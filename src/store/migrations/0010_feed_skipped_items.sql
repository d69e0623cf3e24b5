-- Items the last fetch of a feed left out because it held more than MAX_ITEMS_PER_FEED (shown in feed health).
ALTER TABLE feeds ADD COLUMN skipped_items INTEGER NOT NULL DEFAULT 0;
