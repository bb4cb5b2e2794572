using AstroDL.Astro;
using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class GalaxyCatalogTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    private static GalaxyCatalog Shipped() => GalaxyCatalog.Load(null, ShippedDataPlaces.Only());

    [Fact]
    public void ShippedTableHasPlausibleClassCounts()
    {
        var catalog = Shipped();
        Assert.Equal(18_090, catalog.Count);
        var counts = catalog.ClassCounts;
        Assert.Equal(13_178, counts[GalaxyClass.Spiral]);
        Assert.Equal(2_536, counts[GalaxyClass.Lenticular]);
        Assert.Equal(1_211, counts[GalaxyClass.Elliptical]);
        Assert.Equal(1_165, counts[GalaxyClass.Irregular]);
        Assert.All(catalog.Rows, g => Assert.InRange(g.AxisRatio, 0.01, 1.0));
        Assert.All(catalog.Rows, g => Assert.InRange(g.Ra, 0, 360));
    }

    [Fact]
    public void KnownGalaxiesHaveTheirClasses()
    {
        var byName = Shipped().Rows.ToDictionary(g => g.Name);
        Assert.Equal(GalaxyClass.Spiral, byName["M 31"].Class);
        // The catalogue's type code calls M 81 irregular; its Hubble type SA(s)ab decides.
        Assert.Equal(("i", GalaxyClass.Spiral), (byName["M 81"].Type, byName["M 81"].Class));
        Assert.Equal(GalaxyClass.Elliptical, byName["M 87"].Class);
        Assert.Equal(GalaxyClass.Irregular, byName["M 82"].Class);
    }

    [Fact]
    public void EllipticalVsSpiralGivesFeaturesAndLabels()
    {
        var (features, labels) = Shipped().EllipticalVsSpiral();
        Assert.Equal([4170L, 2], features.shape);
        Assert.Equal(479f, labels.sum().item<float>());
        // Ellipticals are rounder and redder than spirals on average: what a perceptron can learn.
        var rows = features.data<float>().ToArray();
        var y = labels.data<float>().ToArray();
        double Mean(int column, float label) => Enumerable.Range(0, y.Length).Where(i => y[i] == label).Average(i => rows[i * 2 + column]);
        Assert.True(Mean(0, 1) > Mean(0, 0) + 0.1);
        Assert.True(Mean(1, 1) > Mean(1, 0) + 0.1);
    }

    [Fact]
    public void FeaturesOfRowsWithoutThemIsAnError()
    {
        var noColour = Shipped().Rows.First(g => g.BMinusV is null);
        var e = Assert.Throws<ArgumentException>(() => GalaxyCatalog.Features([noColour], GalaxyFeature.BMinusV));
        Assert.Contains($"{noColour.Name} has no BMinusV", e.Message);
        Assert.Equal([1L, 1], GalaxyCatalog.Features([noColour], GalaxyFeature.LogMajorAxis).shape);
    }

    [Fact]
    public void DamagedTableNamesTheLineAndColumn()
    {
        var path = root.File("galaxies.csv");
        File.WriteAllLines(path,
        [
            "id,name,ra_deg,dec_deg,type,class,hubble,major_arcmin,minor_arcmin,axis_ratio,mag,bv",
            "NGC 1,NGC 1,1.8,27.7,s,spiral,\"SA(s)b, LINER\",1.6,1.1,0.69,13.4,",
            "NGC 2,NGC 2,1.8,27.7,s,spiral,Sab,1.1,0.x,0.5,14.8,",
        ]);
        var e = Assert.Throws<InvalidDataException>(() => GalaxyCatalog.Load(path, ShippedDataPlaces.Only()));
        Assert.StartsWith($"{path}, line 3: column minor_arcmin is '0.x', not a number.", e.Message);
    }

    [Fact]
    public void GivenPathBeatsTheRepository()
    {
        File.WriteAllLines(root.File("galaxies.csv"),
        [
            "name,id,ra_deg,dec_deg,type,class,hubble,major_arcmin,minor_arcmin,axis_ratio,mag,bv",
            "My galaxy,X 1,10,-5,e,elliptical,E0,2,1.8,0.9,,0.95",
        ]);
        var catalog = GalaxyCatalog.Load(root.Path, ShippedDataPlaces.Only());
        var galaxy = Assert.Single(catalog.Rows);
        Assert.Equal(("My galaxy", "X 1", 0.95), (galaxy.Name, galaxy.Id, galaxy.BMinusV));
        Assert.Null(galaxy.Magnitude);
        Assert.Equal(root.File("galaxies.csv"), catalog.Source);
    }

    [Fact]
    public void MissingTableSaysWhereItLooked()
    {
        var e = Assert.Throws<FileNotFoundException>(() => GalaxyCatalog.Load(root.File("nowhere.csv"), new DataPlaces(null, null, null, root.Path)));
        Assert.Contains(root.File("nowhere.csv"), e.Message);
        Assert.Contains("make_galaxy_table.py", e.Message);
    }
}
