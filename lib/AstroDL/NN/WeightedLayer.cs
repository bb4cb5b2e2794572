using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// What Linear and the convolutions share: a weight and an optional bias, registered as parameters under those names,
/// and PyTorch's initialisation of them: W ~ U(±1/√fan_in) (kaiming_uniform_ with a = √5), b from the same range.
/// </summary>
public abstract class WeightedLayer : nn.Module<Tensor, Tensor>
{
    private protected WeightedLayer(string name)
        : base(name)
    {
    }

    public Parameter weight
    {
        get;
        set
        {
            field = value;
            register_parameter(nameof(weight), value);
        }
    } = null!;

    public Parameter? bias
    {
        get;
        set
        {
            field = value;
            register_parameter(nameof(bias), value);
        }
    }

    /// <summary>Draws the weight and bias again from PyTorch's default initialisation.</summary>
    public void reset_parameters() => nn.init.ResetLayer(weight, bias);

    /// <summary>Creates the weight (and a bias of biasLength values, when there is one) and initialises them; for the constructor, once the settings are checked.</summary>
    private protected void CreateParameters(long[] weightShape, long? biasLength, Device? device, ScalarType? dtype)
    {
        var type = dtype ?? get_default_dtype();
        weight = new Parameter(empty(weightShape, type, device));
        bias = biasLength is { } length ? new Parameter(empty([length], type, device)) : null;
        reset_parameters();
    }
}
