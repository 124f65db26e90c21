using DataFlow.CodeFirst.Caching;
using DataFlow.Schema;
using DataFlow.Tests.Schema;

namespace DataFlow.Tests.CodeFirst.Caching;

/// <summary>The model cache's file: written whole and read back equal, damaged or foreign files ignored, sets replaced as registration grows them.</summary>
public sealed class ModelCacheBundleTests : IDisposable
{
    private static readonly ModelCacheKey Key = ModelCacheKey.For(typeof(ModelCacheBundleTests).Assembly, "postgresql")!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dataflow-tests", "model-cache-" + Guid.NewGuid().ToString("N"));

    private string FilePath => Path.Combine(_folder, Key.FileName);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_an_empty_cache_without_a_problem()
    {
        var bundle = ModelCacheBundle.Load(FilePath, Key, out var problem);
        Assert.Null(problem);
        Assert.Null(bundle.FindTable("Shop.Product"));
        Assert.Null(bundle.FindSet("Shop.Product"));
        Assert.Null(bundle.SaveIfChanged());
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void Tables_and_sets_written_are_read_back_equal_and_a_table_of_a_set_is_shared()
    {
        var schema = SampleSchemas.Everything();
        var bundle = ModelCacheBundle.Load(FilePath, Key, out _);
        bundle.AddTable("Shop.Customer", schema.Tables[0]);
        bundle.AddTable("Shop.Loose", schema.Tables[1] with { Name = "loose" });
        bundle.AddSet(Set("Shop.Customer\nShop.Order", schema));
        Assert.Null(bundle.SaveIfChanged());

        var read = ModelCacheBundle.Load(FilePath, Key, out var problem);
        Assert.Null(problem);
        var set = read.FindSet("Shop.Customer\nShop.Order")!;
        Assert.Equal(schema, set.Schema);
        Assert.Equal("hash-1", set.Hash);
        Assert.Equal(schema.Tables.Take(2).Select(t => t.QualifiedName), set.TableNames);
        Assert.Same(set.Schema.Tables[0], read.FindTable("Shop.Customer"));
        Assert.Equal(schema.Tables[1] with { Name = "loose" }, read.FindTable("Shop.Loose"));
    }

    [Fact]
    public void Nothing_is_written_again_when_nothing_was_added()
    {
        var bundle = ModelCacheBundle.Load(FilePath, Key, out _);
        bundle.AddSet(Set("Shop.Customer", SampleSchemas.Everything()));
        bundle.AddTable("Shop.Customer", SampleSchemas.Everything().Tables[0]);
        Assert.Null(bundle.SaveIfChanged());
        var written = File.GetLastWriteTimeUtc(FilePath);
        File.SetLastWriteTimeUtc(FilePath, written.AddMinutes(-5));

        var read = ModelCacheBundle.Load(FilePath, Key, out _);
        read.AddSet(read.FindSet("Shop.Customer")!);
        read.AddTable("Shop.Customer", read.FindSet("Shop.Customer")!.Schema.Tables[0]);
        read.AddTable("Shop.Customer", read.FindSet("Shop.Customer")!.Schema.Tables[0]);
        read.AddSet(read.FindSet("Shop.Customer")!);
        Assert.Null(read.SaveIfChanged());
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(FilePath));
    }

    [Fact]
    public void A_damaged_file_is_an_empty_cache_and_says_why()
    {
        var bundle = ModelCacheBundle.Load(FilePath, Key, out _);
        bundle.AddSet(Set("Shop.Customer", SampleSchemas.Everything()));
        bundle.SaveIfChanged();
        var bytes = File.ReadAllBytes(FilePath);
        File.WriteAllBytes(FilePath, bytes[..(bytes.Length - 20)]);

        var read = ModelCacheBundle.Load(FilePath, Key, out var problem);
        Assert.NotNull(problem);
        Assert.Null(read.FindSet("Shop.Customer"));
    }

    [Fact]
    public void A_damaged_length_prefix_or_an_inconsistent_set_is_an_empty_cache_that_says_why()
    {
        var bundle = ModelCacheBundle.Load(FilePath, Key, out _);
        bundle.AddSet(Set("Shop.Customer", SampleSchemas.Everything()));
        bundle.SaveIfChanged();
        var bytes = File.ReadAllBytes(FilePath);

        // The first string after the magic number is the key; its 7-bit length prefix made endless: FormatException.
        var damaged = bytes.ToArray();
        damaged.AsSpan(4, 5).Fill(0xff);
        File.WriteAllBytes(FilePath, damaged);
        Assert.Null(ModelCacheBundle.Load(FilePath, Key, out var problem).FindSet("Shop.Customer"));
        Assert.Contains("FormatException", problem, StringComparison.Ordinal);

        var inconsistent = ModelCacheBundle.Load(FilePath + ".2", Key, out _);
        inconsistent.AddSet(new CachedModelSet("Shop.Customer\nShop.Order", SampleSchemas.Everything(), ["only.one"], "hash-1"));
        inconsistent.SaveIfChanged();
        Assert.Null(ModelCacheBundle.Load(FilePath + ".2", Key, out problem).FindSet("Shop.Customer\nShop.Order"));
        Assert.Contains("InvalidDataException", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_written_under_another_key_is_ignored()
    {
        var other = ModelCacheKey.For(typeof(DataFlowDb).Assembly, "postgresql")!;
        var bundle = ModelCacheBundle.Load(FilePath, other, out _);
        bundle.AddSet(Set("Shop.Customer", SampleSchemas.Everything()));
        bundle.SaveIfChanged();

        var read = ModelCacheBundle.Load(FilePath, Key, out var problem);
        Assert.Null(problem);
        Assert.Null(read.FindSet("Shop.Customer"));
    }

    [Fact]
    public void A_grown_set_replaces_the_sets_it_grew_from_and_only_the_last_sixteen_sets_are_kept()
    {
        var schema = SampleSchemas.Everything();
        var bundle = ModelCacheBundle.Load(FilePath, Key, out _);
        bundle.AddSet(Set("A", schema));
        bundle.AddSet(Set("A\nB", schema));
        Assert.Null(bundle.FindSet("A"));
        Assert.NotNull(bundle.FindSet("A\nB"));
        Assert.NotNull(bundle.FindSet("A\nB"));
        bundle.AddSet(Set("AB", schema));
        Assert.NotNull(bundle.FindSet("A\nB"));

        for (var i = 0; i < 16; i++)
        {
            bundle.AddSet(Set("other " + i, schema));
        }

        Assert.Null(bundle.FindSet("A\nB"));
        Assert.NotNull(bundle.FindSet("other 0"));
        bundle.SaveIfChanged();
        Assert.NotNull(ModelCacheBundle.Load(FilePath, Key, out _).FindSet("other 15"));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_reported_and_leaves_nothing_behind()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var bundle = ModelCacheBundle.Load(Path.Combine(blocker, Key.FileName), Key, out _);
        bundle.AddSet(Set("Shop.Customer", SampleSchemas.Everything()));

        Assert.IsAssignableFrom<IOException>(bundle.SaveIfChanged());
        Assert.Equal([blocker], Directory.GetFileSystemEntries(_folder));
    }

    // One table name per model (the first tables of the schema), as the cache stores a set.
    private static CachedModelSet Set(string types, DatabaseSchema schema) =>
        new(types, schema, [.. schema.Tables.Take(types.Split('\n').Length).Select(t => t.QualifiedName)], "hash-1");
}
