using AstroDL.Examples.Course;

namespace AstroDL.Tests.Training;

/// <summary>
/// The course-style programs in samples/TorchSharpStyle/Course (compiled against the real TorchSharp too, by the
/// TorchSharpCompile project) train here for a few steps: the loss must fall and stay finite.
/// </summary>
public class CourseProgramTests
{
    public static TheoryData<string> Programs => ["LightCurveLstm", "Dcgan", "WganGp", "Vae", "DenoisingAutoencoder"];

    [Theory]
    [MemberData(nameof(Programs))]
    public void LossFalls(string program)
    {
        var (losses, fraction) = program switch
        {
            "LightCurveLstm" => (LightCurveLstm.Train(60, seed: 1), 0.5),
            "Dcgan" => (Dcgan.Train(30, seed: 1), 0.8),              // the discriminator learns to tell blobs from noise
            "WganGp" => (WganGp.Train(20, seed: 1), 0.5),            // mostly the penalty being met
            "Vae" => (Vae.Train(80, seed: 1), 0.8),
            _ => (DenoisingAutoencoder.Train(60, seed: 1), 0.5),
        };
        Assert.All(losses, l => Assert.True(float.IsFinite(l), $"{program}: a loss of {l}"));
        double first = losses.Take(3).Average(), last = losses.TakeLast(5).Average();
        Assert.True(last < fraction * first, $"{program}: loss {first:G4} over the first steps, {last:G4} over the last ones");
    }
}
