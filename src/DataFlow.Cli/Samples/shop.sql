-- The DataFlow sample shop: a small SQLite schema that exercises the schema model.
-- composite PK (order_items, product_tags), FKs with actions, a self-referencing FK (categories),
-- unique and check constraints, expression and partial indexes, a view, generated columns,
-- a trigger (reported as a warning: the model does not represent triggers), AUTOINCREMENT,
-- a WITHOUT ROWID table and a table without a primary key (audit_log).
-- Run by `dataflow sample` in one transaction with foreign keys enforced.

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    slug        VARCHAR(64) NOT NULL UNIQUE
);

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       VARCHAR(255) NOT NULL,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    full_name   TEXT GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_customers_email CHECK (email LIKE '%_@_%')
);

CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    sku           VARCHAR(32) NOT NULL,
    name          TEXT NOT NULL,
    category_id   INTEGER REFERENCES categories (id) ON DELETE RESTRICT,
    price         DECIMAL(10, 2) NOT NULL CHECK (price >= 0),
    is_active     BOOLEAN NOT NULL DEFAULT 1,
    CONSTRAINT uq_products_sku UNIQUE (sku)
);

CREATE TABLE orders (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    ordered_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note          TEXT
);

CREATE TABLE order_items (
    order_id      INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_price    DECIMAL(10, 2) NOT NULL,
    line_total    DECIMAL(12, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE product_tags (
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag           VARCHAR(40) NOT NULL,
    PRIMARY KEY (product_id, tag)
) WITHOUT ROWID;

CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id   INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body          TEXT,
    UNIQUE (product_id, customer_id)
);

CREATE TABLE audit_log (
    table_name    TEXT NOT NULL,
    row_id        INTEGER NOT NULL,
    action        TEXT NOT NULL,
    logged_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX ix_customers_email_lower ON customers (lower(email));
CREATE INDEX ix_orders_open ON orders (customer_id, ordered_at DESC) WHERE status IN ('pending', 'paid');
CREATE INDEX ix_products_category ON products (category_id);

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, c.email, o.status, SUM(i.line_total) AS total, COUNT(*) AS items
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, c.email, o.status;

CREATE TRIGGER trg_orders_audit AFTER UPDATE OF status ON orders
BEGIN
    INSERT INTO audit_log (table_name, row_id, action) VALUES ('orders', NEW.id, 'status:' || NEW.status);
END;

INSERT INTO categories (id, parent_id, name, slug) VALUES
    (1, NULL, 'Books', 'books'),
    (2, 1, 'Databases', 'databases'),
    (3, NULL, 'Coffee', 'coffee');

INSERT INTO customers (email, first_name, last_name) VALUES
    ('ada@example.com', 'Ada', 'Lovelace'),
    ('edgar@example.com', 'Edgar', 'Codd');

INSERT INTO products (id, sku, name, category_id, price) VALUES
    (1, 'BK-SQL-01', 'SQL in Practice', 2, 39.90),
    (2, 'BK-REL-02', 'The Relational Model', 2, 54.00),
    (3, 'CF-ESP-01', 'Espresso beans 1 kg', 3, 18.50);

INSERT INTO product_tags (product_id, tag) VALUES (1, 'sql'), (1, 'beginner'), (2, 'theory');

INSERT INTO orders (id, customer_id, status) VALUES (1, 1, 'paid'), (2, 2, 'pending');

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 39.90), (1, 3, 2, 18.50), (2, 2, 1, 54.00);

INSERT INTO reviews (product_id, customer_id, rating, body) VALUES (1, 1, 5, 'Clear and practical.');

UPDATE orders SET status = 'shipped' WHERE id = 1;
