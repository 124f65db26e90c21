namespace DataFlow.Tests.Models;

/// <summary>The DDL of the model test tables, per dialect.</summary>
public static class ModelSchemas
{
    public const string InjectionTable = "we\"ird; DROP TABLE users; --";
    public const string InjectionColumn = "na'me --/*";
    public const string UnicodeTable = "données_clients";

    public const string Sqlite = """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            name TEXT,
            age INTEGER,
            active BOOLEAN NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'new',
            score REAL,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            shout TEXT GENERATED ALWAYS AS (upper(name)) STORED);
        CREATE TABLE order_items (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (order_id, product_id));
        CREATE TABLE products (sku TEXT PRIMARY KEY, title TEXT NOT NULL, price NUMERIC(10,2));
        CREATE TABLE logs (message TEXT, level TEXT DEFAULT 'info');
        CREATE TABLE "we""ird; DROP TABLE users; --" (id INTEGER PRIMARY KEY, "na'me --/*" TEXT);
        CREATE TABLE "données_clients" (clé INTEGER PRIMARY KEY, prénom TEXT);
        CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSON);
        """;

    public const string Postgres = """
        CREATE TABLE users (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL UNIQUE,
            name text,
            age integer,
            active boolean NOT NULL DEFAULT true,
            status text NOT NULL DEFAULT 'new',
            score double precision,
            created_at timestamp NOT NULL DEFAULT now(),
            shout text GENERATED ALWAYS AS (upper(name)) STORED);
        CREATE TABLE order_items (order_id integer NOT NULL, product_id integer NOT NULL, quantity integer NOT NULL DEFAULT 1, PRIMARY KEY (order_id, product_id));
        CREATE TABLE products (sku text PRIMARY KEY, title text NOT NULL, price numeric(10,2));
        CREATE TABLE logs (message text, level text DEFAULT 'info');
        CREATE TABLE "we""ird; DROP TABLE users; --" (id serial PRIMARY KEY, "na'me --/*" text);
        CREATE TABLE "données_clients" (clé integer PRIMARY KEY, prénom text);
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
        CREATE TABLE docs (id serial PRIMARY KEY, tags text[], body jsonb, feeling mood, uid uuid DEFAULT gen_random_uuid(), at timestamptz);
        """;

    public const string Reset = "DELETE FROM users; DELETE FROM order_items; DELETE FROM products; DELETE FROM logs;";
}
