using DataFlow.Connections;
using DataFlow.Dialects.Sqlite;
using DataFlow.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DataFlow.Tests.Dialects.Sqlite;

/// <summary>
/// The column, foreign key and index rows derived from CREATE statements must be exactly the rows SQLite's pragmas
/// give for the same database: each case creates tables, reads the catalog both ways on one connection and compares.
/// </summary>
public sealed class SqliteDerivedCatalogTests
{
    [Theory]
    [InlineData("declared types", """
        CREATE TABLE types (a INT, b integer, c "INT", d 'text', e [Real], f `blob`, g any, h VARCHAR(10), i varchar ( 10 ),
            j DECIMAL(10, 2), k DECIMAL(+10,-2), l NUMERIC(1.5), m DOUBLE PRECISION, n UNSIGNED BIG INT, o "UNSIGNED BIG INT",
            p TIMESTAMP WITH TIME ZONE, q CHARACTER VARYING(255), r INT /*c*/ NOT NULL, s VARCHAR /*c*/ (10), t "my""type",
            u "a" b, v [a] b, w 'a''b', x INTEGER(10), y KEY, z INT KEY, aa REPLACE, ab TEMP TEXT, ac ASC, ad DESC,
            ae GENERATED, af ALWAYS, ag generated always, ah INT GENERATED ALWAYS, ai my_long_type_always, aj INT GENERATED/**/ALWAYS,
            ak TEXT
              COLLATE NOCASE, al DOUBLE
              PRECISION, am "", an '', ap TeXt, aq "Integer", ar [INTEGER], "as" INTEGER, at int8, au "real"(5));
        """)]
    [InlineData("rowid aliases and primary keys", """
        CREATE TABLE k1 (id INTEGER PRIMARY KEY, v);
        CREATE TABLE k2 (id integer primary key autoincrement, v);
        CREATE TABLE k3 (id "INTEGER" PRIMARY KEY);
        CREATE TABLE k4 (id INTEGER(10) PRIMARY KEY);
        CREATE TABLE k5 (id INT PRIMARY KEY);
        CREATE TABLE k6 (id INTEGER PRIMARY KEY DESC);
        CREATE TABLE k7 (id INTEGER, PRIMARY KEY (id DESC));
        CREATE TABLE k8 (id INTEGER, v, PRIMARY KEY (id AUTOINCREMENT));
        CREATE TABLE k9 (id INTEGER NOT NULL CONSTRAINT pk PRIMARY KEY ON CONFLICT REPLACE AUTOINCREMENT);
        CREATE TABLE k10 (a INTEGER, b INTEGER, PRIMARY KEY (b, a));
        CREATE TABLE k11 (id INTEGER UNIQUE PRIMARY KEY, x TEXT UNIQUE);
        CREATE TABLE k12 (Id INTEGER, PRIMARY KEY ("ID"), UNIQUE (id));
        CREATE TABLE k13 (a TEXT, b TEXT, PRIMARY KEY (a COLLATE NOCASE, b DESC));
        CREATE TABLE k14 (desc TEXT, key INT, replace INT, PRIMARY KEY (desc DESC), UNIQUE (key, replace));
        """)]
    [InlineData("defaults", """
        CREATE TABLE d (a DEFAULT 1, b DEFAULT -1, c DEFAULT - 1, e DEFAULT +1, f DEFAULT 1.5e-3, g DEFAULT 0x1F, h DEFAULT 'a''b',
            i DEFAULT "x", j DEFAULT [x], k DEFAULT x'00', l DEFAULT NULL, m DEFAULT TRUE, n DEFAULT false, o DEFAULT CURRENT_TIMESTAMP,
            p DEFAULT current_date, q DEFAULT ( 1 + 2 ), r DEFAULT (datetime('now')), s DEFAULT(
             'x'
            ), t DEFAULT (/*c*/ 1 /*d*/), u DEFAULT -/*c*/1, v TEXT DEFAULT 'a' NOT NULL, w DEFAULT 1 DEFAULT 2, x DEFAULT - 'a',
            y INT DEFAULT .5, z DEFAULT `q`, aa DEFAULT -NULL, ab DEFAULT (((1))), ac DEFAULT 'x' COLLATE NOCASE, ad DEFAULT abc);
        """)]
    [InlineData("NOT NULL, collations and duplicate UNIQUE constraints", """
        CREATE TABLE n (a NOT NULL ON CONFLICT REPLACE, b NULL, c NULL ON CONFLICT IGNORE, d CONSTRAINT nn NOT NULL, e TEXT COLLATE "nocase",
            f TEXT COLLATE 'rtrim', g TEXT COLLATE BINARY COLLATE NOCASE, h TEXT CONSTRAINT a CONSTRAINT b NOT NULL CONSTRAINT c);
        CREATE TABLE u1 (a TEXT UNIQUE COLLATE NOCASE, UNIQUE(a COLLATE BINARY), UNIQUE (a COLLATE nocase));
        CREATE TABLE u2 (a TEXT COLLATE NOCASE UNIQUE, b TEXT UNIQUE UNIQUE, c UNIQUE, UNIQUE(c), UNIQUE(a, b), UNIQUE(b, a), UNIQUE(a, b));
        CREATE TABLE u3 (a PRIMARY KEY UNIQUE, b UNIQUE ON CONFLICT IGNORE, UNIQUE (b DESC));
        CREATE TABLE u4 (a TEXT PRIMARY KEY, UNIQUE(a COLLATE NOCASE));
        CREATE TABLE u5 (c1 UNIQUE, c2 UNIQUE, c3 UNIQUE, c4 UNIQUE, c5 UNIQUE, c6 UNIQUE, c7 UNIQUE, c8 UNIQUE, c9 UNIQUE, c10 UNIQUE,
            c11 UNIQUE, c12 UNIQUE, CONSTRAINT named UNIQUE (c1, c2));
        CREATE TABLE u6 (a TEXT UNIQUE, b, PRIMARY KEY (a));
        CREATE TABLE u7 (a TEXT UNIQUE COLLATE NOCASE, b, PRIMARY KEY (a COLLATE nocase));
        CREATE TABLE "my table" (a UNIQUE, "b c" TEXT PRIMARY KEY);
        """)]
    [InlineData("WITHOUT ROWID and STRICT", """
        CREATE TABLE w1 (id INTEGER PRIMARY KEY, v) WITHOUT ROWID;
        CREATE TABLE w2 (a, b, c, PRIMARY KEY (b, a)) WITHOUT ROWID;
        CREATE TABLE w3 (id INTEGER UNIQUE PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE w4 (a TEXT UNIQUE, b TEXT UNIQUE, PRIMARY KEY (b)) WITHOUT ROWID;
        CREATE TABLE w5 (id INTEGER, PRIMARY KEY (id DESC)) WITHOUT ROWID;
        CREATE TABLE w6 (id INTEGER PRIMARY KEY, n INT NOT NULL) WITHOUT ROWID, STRICT;
        CREATE TABLE w7 (k TEXT PRIMARY KEY, v BLOB) without rowid;
        CREATE TABLE w8 (id INTEGER, x INTEGER UNIQUE, PRIMARY KEY (id), UNIQUE (id)) WITHOUT ROWID;
        CREATE TABLE s1 (a INT, b TEXT, PRIMARY KEY (a, b)) STRICT;
        CREATE TABLE s2 (id INTEGER PRIMARY KEY, n ANY, t TEXT NOT NULL) strict;
        CREATE TABLE s3 (id INTEGER PRIMARY KEY DESC, x INTEGER UNIQUE) STRICT;
        """)]
    [InlineData("foreign keys", """
        CREATE TABLE p (id INTEGER PRIMARY KEY, x, y, UNIQUE (x, y));
        CREATE TABLE "P2" ("ID" INTEGER PRIMARY KEY);
        CREATE TABLE c1 (
            a INTEGER REFERENCES p (id) ON DELETE CASCADE ON UPDATE SET NULL,
            b INTEGER REFERENCES p ON DELETE SET DEFAULT ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
            c INTEGER CONSTRAINT fk_c REFERENCES "p2" ("id") MATCH FULL NOT DEFERRABLE INITIALLY IMMEDIATE,
            d INTEGER REFERENCES missing (x) ON INSERT CASCADE ON DELETE NO ACTION,
            e INTEGER REFERENCES p (id) ON DELETE CASCADE ON DELETE RESTRICT,
            g INTEGER, h INTEGER,
            FOREIGN KEY (G, h) REFERENCES p (x, y) ON UPDATE CASCADE,
            FOREIGN KEY (g, h) REFERENCES p (x, y),
            CONSTRAINT fk2 FOREIGN KEY (a) REFERENCES p DEFERRABLE);
        CREATE TABLE c2 (a REFERENCES c2, b REFERENCES c2 (a), c INT NOT NULL REFERENCES p DEFERRABLE INITIALLY DEFERRED UNIQUE);
        """)]
    [InlineData("table constraints, generated columns and names", """"
        CREATE TABLE tc1 (a, b, c, PRIMARY KEY (a) UNIQUE (b) CHECK (c > 0) CONSTRAINT x UNIQUE (c));
        CREATE TABLE tc2 (a, b, CONSTRAINT x, CONSTRAINT a CONSTRAINT b CHECK (1), UNIQUE (a, b) ON CONFLICT FAIL, CHECK (a <> b) ON CONFLICT ABORT);
        CREATE TABLE "weird ""name""" ([bracketed] INTEGER PRIMARY KEY, `back``tick` TEXT COLLATE NOCASE, 'single' TEXT,
            CONSTRAINT "uq ""q""" UNIQUE (`back``tick`, 'single'));
        CREATE TABLE c ( -- a comment with a , comma and ( paren
            a INTEGER /* CHECK (fake) */ CHECK (a <> 0), -- CONSTRAINT nope
            b TEXT COLLATE NOCASE -- trailing
        );
        CREATE TABLE "名前" ("列" TEXT PRIMARY KEY, "ÄÖÜ" INT UNIQUE, "emoji 😀" TEXT);
        CREATE TABLE gen (w REAL NOT NULL, h REAL NOT NULL, area REAL GENERATED ALWAYS AS (w * h) VIRTUAL, label TEXT AS ('box ' || w) STORED,
            half AS (w / 2), g2 INT GENERATED ALWAYS AS (1) STORED NOT NULL, g3 AS (2) virtual UNIQUE, g4 INT NOT NULL GENERATED ALWAYS AS (3));
        CREATE TABLE odd ("select" TEXT, "from" INT, [where] INT, `group` INT, left INT, key INT, abort INT, temp INT, PRIMARY KEY ("select", left));
        """")]
    [InlineData("index keys", """
        CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, "B" TEXT, c INT, g AS (c + 1));
        CREATE INDEX i1 ON t(a);
        CREATE INDEX i2 ON t(A, "a", 'a', [a]);
        CREATE INDEX i3 ON t(a COLLATE NOCASE DESC, b ASC);
        CREATE INDEX i4 ON t((a), ((a) COLLATE nocase) DESC, a COLLATE rtrim COLLATE nocase);
        CREATE INDEX i5 ON t(+a, a + 0, lower(a), a || b COLLATE nocase DESC, likely(a), CAST(c AS TEXT), -c);
        CREATE UNIQUE INDEX i6 ON t(a, b) WHERE c > 0 AND a IS NOT NULL;
        CREATE INDEX IF NOT EXISTS main.i7 ON t (c);
        CREATE INDEX i8 ON t(g, id);
        CREATE INDEX "i 9" ON "t" ("b" COLLATE "NOCASE" DESC);
        CREATE TABLE wr (a, b, c, PRIMARY KEY (a, b)) WITHOUT ROWID;
        CREATE UNIQUE INDEX wr_cb ON wr (c, b DESC);
        """)]
    [InlineData("altered, renamed, created AS SELECT, virtual", """
        CREATE TABLE al (id INTEGER PRIMARY KEY, a TEXT);
        ALTER TABLE al ADD COLUMN b INT NOT NULL DEFAULT 0;
        ALTER TABLE al ADD COLUMN c TEXT REFERENCES al (id);
        ALTER TABLE al RENAME COLUMN a TO "renamed a";
        CREATE TABLE old (x INT, y TEXT);
        ALTER TABLE old RENAME TO "new name";
        CREATE TABLE ref (id REFERENCES "new name" (x));
        CREATE TABLE ctas AS SELECT id, "renamed a", b * 1.5 AS r, 'x' AS t, NULL AS n FROM al;
        CREATE VIRTUAL TABLE docs USING fts5 (title, body);
        CREATE TABLE IF NOT EXISTS main.qualified (a INT);
        """)]
    public async Task Rows_derived_from_the_statements_are_the_pragma_rows(string topic, string sql)
    {
        using var db = new SqliteDatabase();
        db.Execute(sql);

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.True(derived.TablesReadFromPragmas.Count == 0, $"{topic}: read from the pragmas: {string.Join(", ", derived.TablesReadFromPragmas)}");
        AssertSameRows(derived, pragmas);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_rows_derived_from_the_statements_are_the_pragma_rows(string fixture)
    {
        using var db = new SqliteDatabase();
        db.ExecuteScript(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture, "sqlite", "schema.sql")));

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.Empty(derived.TablesReadFromPragmas);
        AssertSameRows(derived, pragmas);
    }

    [Fact]
    public async Task A_table_the_readers_do_not_understand_is_read_from_the_pragmas_alone()
    {
        // SQLite takes a no-break space for part of a name: "b \u00A0INT" declares the type "\u00A0INT".
        using var db = new SqliteDatabase();
        const string NoBreakSpace = "\u00A0";
        db.Execute($"""
            CREATE TABLE plain (id INTEGER PRIMARY KEY, b INT UNIQUE);
            CREATE TABLE odd (id INTEGER PRIMARY KEY, b {NoBreakSpace}INT UNIQUE REFERENCES plain);
            CREATE INDEX odd_b ON odd (b DESC);
            """);

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.Equal(["odd"], derived.TablesReadFromPragmas);
        Assert.Equal("\u00A0INT", derived.Columns["odd"][1].Type);
        AssertSameRows(derived, pragmas);
    }

    [Fact]
    public async Task Many_tables_parsed_on_two_threads_give_the_pragma_rows_in_catalog_order()
    {
        // From SqliteTableParsePipeline.TwoThreadsFromTables tables on, a pool thread parses blocks of the CREATE TABLE
        // statements too: every row must still be the pragma's, and the tables it cannot read (one per chunk
        // here, in different blocks) must still be listed in catalog order.
        var count = SqliteTableParsePipeline.TwoThreadsFromTables + 45;
        var script = new System.Text.StringBuilder();
        var odd = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"t{i:D4}";
            var type = i % 32 == 7 ? "\u00A0INT" : i % 3 == 0 ? "TEXT COLLATE NOCASE" : "INT";
            if (i % 32 == 7)
            {
                odd.Add(name);
            }

            script.Append($"CREATE TABLE {name} (id INTEGER PRIMARY KEY, code {type} UNIQUE, parent_id INT REFERENCES {(i == 0 ? name : $"t{i - 1:D4}")} (id) ON DELETE CASCADE");
            script.Append(i % 5 == 0 ? ", a TEXT, b REAL, CONSTRAINT pair UNIQUE (a, b DESC)) WITHOUT ROWID;\n" : ");\n");
            script.Append($"CREATE INDEX {name}_parent ON {name} (parent_id, code DESC);\n");
        }

        using var db = new SqliteDatabase();
        db.Execute(script.ToString());

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.Equal(count, derived.TableDefinitions.Count);
        Assert.Equal(odd, derived.TablesReadFromPragmas);
        AssertSameRows(derived, pragmas);
    }

    [Fact]
    public async Task Many_indexes_read_on_two_threads_give_the_pragma_rows_and_fall_back_in_catalog_order()
    {
        // From SqliteTableParsePipeline.TwoThreadsFromTables index statements on, a pool thread reads chunks of them
        // (each chunk all the indexes of some tables). Some tables have an index the readers do not understand (a
        // no-break space inside the statement) among others, before and after it by name: such a table must fall
        // back once, in catalog order, and every other table's rows must be the pragma's. SQLite reads the bare
        // "\u00A0e" as one name (the column, quoted in CREATE TABLE); the readers take the space for whitespace and give up.
        var script = new System.Text.StringBuilder("BEGIN;\n");
        var fallBack = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var name = $"t{i:D3}";
            script.Append($"CREATE TABLE {name} (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b INT, c REAL, d TEXT COLLATE NOCASE, \"\u00A0e\" INT);\n");
            script.Append($"CREATE INDEX {name}_a ON {name} (a DESC, b);\n");
            script.Append($"CREATE UNIQUE INDEX {name}_b ON {name} (b, c) WHERE b > 0;\n");
            script.Append($"CREATE INDEX {name}_c ON {name} (lower(d), c COLLATE NOCASE);\n");
            if (i % 11 == 4)
            {
                fallBack.Add(name);
                script.Append($"CREATE INDEX {name}_b2 ON {name} (c, \u00A0e);\n");
            }
        }

        using var db = new SqliteDatabase();
        db.Execute(script.Append("COMMIT;").ToString());

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.Equal(fallBack, derived.TablesReadFromPragmas);
        Assert.Equal(120 * 3 + fallBack.Count, derived.Objects.Count(o => o.Type == "index" && o.Sql is not null));
        Assert.Equal(derived.Objects.Count(o => o.Type == "index" && o.Sql is not null) - (120 * 1), derived.IndexDefinitions.Count);
        AssertSameRows(derived, pragmas);
    }

    [Fact]
    public async Task Statements_larger_than_a_parse_block_buffer_give_the_pragma_rows()
    {
        // The pipeline copies each statement's bytes into its block's pooled buffer (16 KB to start): blocks of long
        // statements, and one statement longer than the buffer on its own, make it grow while the block fills.
        var script = new System.Text.StringBuilder();
        for (var i = 0; i < 70; i++)
        {
            var columns = i == 33 ? 900 : 40;
            script.Append($"CREATE TABLE \"wide table ü {i:D3}\" (id INTEGER PRIMARY KEY");
            for (var c = 0; c < columns; c++)
            {
                script.Append($", \"a rather long column name number {c:D4} é\" {(c % 2 == 0 ? "TEXT COLLATE NOCASE" : "NUMERIC(10, 2) DEFAULT 0")}");
            }

            script.Append(");\n");
        }

        using var db = new SqliteDatabase();
        db.Execute(script.ToString());

        var (derived, pragmas) = await ReadBothWaysAsync(db);

        Assert.Equal(70, derived.TableDefinitions.Count);
        Assert.Equal(901, derived.TableDefinitions["wide table ü 033"].Columns.Count);
        Assert.Empty(derived.TablesReadFromPragmas);
        AssertSameRows(derived, pragmas);
    }

    public static TheoryData<string> Fixtures() => new(SqliteFixture.Names);

    private static async Task<(SqliteCatalog Derived, SqliteCatalog Pragmas)> ReadBothWaysAsync(SqliteDatabase db)
    {
        var target = DatabaseUrl.Parse(db.Url);
        await using var connection = (SqliteConnection)await new SqliteDialect().OpenConnectionAsync(target, ConnectionSettings.Default, mustExist: true);
        var derived = await SqliteCatalogReader.ReadAsync(connection, progress: null);
        var pragmas = await SqliteCatalogReader.ReadAsync(connection, progress: null, pragmasOnly: true);
        return (derived, pragmas);
    }

    private static void AssertSameRows(SqliteCatalog derived, SqliteCatalog pragmas)
    {
        Assert.Equal(Flatten(pragmas.Columns), Flatten(derived.Columns));
        Assert.Equal(Flatten(pragmas.ForeignKeys), Flatten(derived.ForeignKeys));
        Assert.Equal(Flatten(pragmas.IndexColumns), Flatten(derived.IndexColumns));
    }

    // One line per row, prefixed by its table, tables in name order: a difference shows as the line that differs.
    private static List<string> Flatten<T>(Dictionary<string, List<T>> rows) =>
        rows.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => t.Value.Select(row => $"{t.Key}: {row}")).ToList();
}
