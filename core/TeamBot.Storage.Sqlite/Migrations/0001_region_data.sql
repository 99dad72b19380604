-- Region data as imported from the workbook, replaced as a whole by every good import.
CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TABLE municipality (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    regions TEXT NOT NULL,          -- JSON array
    access_team TEXT,
    figures TEXT NOT NULL           -- JSON object column -> decimal as string
);

CREATE TABLE provider (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    chamber_of_commerce_number TEXT,
    website TEXT,
    phone TEXT,
    email TEXT,
    contact_person TEXT,
    contract_manager TEXT,
    specialisations TEXT NOT NULL,  -- JSON array
    target_groups TEXT NOT NULL     -- JSON array
);

CREATE TABLE product (
    position INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    law TEXT,
    category TEXT,
    segment TEXT,
    unit TEXT,
    description TEXT
);

CREATE TABLE contract (
    position INTEGER PRIMARY KEY,
    provider TEXT NOT NULL REFERENCES provider (name),
    product_code TEXT NOT NULL REFERENCES product (code),
    region TEXT,
    municipalities TEXT NOT NULL,   -- JSON array
    all_municipalities INTEGER NOT NULL,
    delivery_model TEXT,
    rate TEXT,                      -- decimal, invariant text: no binary floating point for money
    start_date TEXT,                -- yyyy-MM-dd
    end_date TEXT,
    max_end_date TEXT,
    lot TEXT,
    status TEXT NOT NULL,
    remark TEXT
);

CREATE TABLE contract_document (
    position INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL
);

CREATE TABLE document_section (
    document_position INTEGER NOT NULL REFERENCES contract_document (position) ON DELETE CASCADE,
    section_index INTEGER NOT NULL,
    heading TEXT NOT NULL,
    level INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_position, section_index)
);

CREATE TABLE import_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at TEXT NOT NULL,      -- ISO 8601 with offset
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    counts TEXT NOT NULL,           -- JSON
    changes TEXT NOT NULL           -- JSON array
);
