using System.Globalization;
using DataFlow.CodeFirst.AutoMigration;

namespace DataFlow.Tests.CodeFirst.Caching;

/// <summary>
/// Model readings kept per process are kept per culture: Humanizer lower-cases names in the current culture (Turkish
/// turns "I" into a dotless "ı"), so a reading made under one culture is never handed to another.
/// </summary>
public sealed class ModelSetCultureTests
{
    [Fact]
    public void A_reading_under_turkish_is_not_reused_under_english()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = ModelSet.Read([typeof(Invoice)], "sqlite").Models[0].Table.Name;
            CultureInfo.CurrentCulture = new CultureInfo("en-US");
            var english = ModelSet.Read([typeof(Invoice)], "sqlite").Models[0].Table.Name;

            Assert.Equal("invoices", english);
            Assert.NotEqual(turkish, english);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    public class Invoice
    {
        public int Id { get; set; }
    }
}
