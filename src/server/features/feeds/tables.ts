// Tables of migration 0006 for feeds (RSS/Atom subscriptions and the items already seen).
import type { Generated } from 'kysely';

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  publisher: string | null;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string;
  interval_seconds: number;
  failures: Generated<number>;
  last_error: string | null;
  last_polled_at: string | null;
  created_by: number | null;
  created_at: string;
}

export interface FeedItemsTable {
  id: Generated<number>;
  feed_id: number;
  guid: string | null;
  url: string | null;
  sha256: string | null;
  source_id: number | null;
  created_at: string;
}

export interface FeedTables {
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
}
