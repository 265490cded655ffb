//! The `chrome.storage.local` keys, shared by the engine (their only writer) and the
//! pages (which read the kept copy of a document the engine could not use).

/// The state document (docs/contract.md).
pub const STATE_KEY: &str = "afterview";
/// Stamped by each engine write, so the engine tells its own storage echo apart.
pub const META_KEY: &str = "afterview_meta";
/// A document the engine could not read, kept untouched.
pub const BACKUP_KEY: &str = "afterview_backup";
/// The document as it was before a schema migration.
pub const PREMIGRATION_KEY: &str = "afterview_before_migration";
