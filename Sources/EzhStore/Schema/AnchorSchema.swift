import GRDB

/// Signed checkpoints of the access log's head (issue 13, anchoring the chain). Append-only
/// like the log itself; what makes them trustworthy is the signature, which only the holder of
/// the school's key file can make, and their copies outside the file (backup manifests,
/// exported anchor files).
enum AnchorSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE log_checkpoint (
                id INTEGER PRIMARY KEY,
                -- The access log's head when the checkpoint was made: its sequence and hash.
                seq INTEGER NOT NULL,
                hash TEXT NOT NULL,
                at TEXT NOT NULL,
                -- Why: 'period_closed period=3', 'backup', 'manual'.
                reason TEXT NOT NULL,
                -- Lower-case hex: the signing key's public half and the Ed25519 signature.
                public_key TEXT NOT NULL,
                signature TEXT NOT NULL
            ) STRICT;

            CREATE TRIGGER log_checkpoint_is_append_only_update BEFORE UPDATE ON log_checkpoint
            BEGIN SELECT RAISE(ABORT, 'log_checkpoint is append-only'); END;
            CREATE TRIGGER log_checkpoint_is_append_only_delete BEFORE DELETE ON log_checkpoint
            BEGIN SELECT RAISE(ABORT, 'log_checkpoint is append-only'); END;
            """)
    }
}
