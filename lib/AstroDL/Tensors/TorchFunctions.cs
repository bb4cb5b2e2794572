namespace AstroDL;

/// <summary>
/// The function forms PyTorch also offers (<c>torch.exp(x)</c> for <c>x.exp()</c>), so code written either way
/// compiles; each forwards to the tensor method, which owns the op and its gradient.
/// </summary>
public static partial class torch
{
    public static Tensor abs(Tensor input) => input.abs();
    public static Tensor sign(Tensor input) => input.sign();
    public static Tensor square(Tensor input) => input.square();
    public static Tensor sqrt(Tensor input) => input.sqrt();
    public static Tensor exp(Tensor input) => input.exp();
    public static Tensor log(Tensor input) => input.log();
    public static Tensor log1p(Tensor input) => input.log1p();
    public static Tensor sin(Tensor input) => input.sin();
    public static Tensor cos(Tensor input) => input.cos();
    public static Tensor tan(Tensor input) => input.tan();
    public static Tensor asin(Tensor input) => input.asin();
    public static Tensor acos(Tensor input) => input.acos();
    public static Tensor atan(Tensor input) => input.atan();
    public static Tensor sinh(Tensor input) => input.sinh();
    public static Tensor cosh(Tensor input) => input.cosh();
    public static Tensor asinh(Tensor input) => input.asinh();
    public static Tensor acosh(Tensor input) => input.acosh();
    public static Tensor atanh(Tensor input) => input.atanh();
    public static Tensor tanh(Tensor input) => input.tanh();
    public static Tensor sigmoid(Tensor input) => input.sigmoid();
    public static Tensor relu(Tensor input) => input.relu();
    public static Tensor floor(Tensor input) => input.floor();
    public static Tensor round(Tensor input) => input.round();
    public static Tensor pow(Tensor input, Scalar exponent) => input.pow(exponent);
    public static Tensor pow(Tensor input, Tensor exponent) => input.pow(exponent);
    public static Tensor clamp(Tensor input, Scalar? min = null, Scalar? max = null) => input.clamp(min, max);
    public static Tensor maximum(Tensor input, Tensor other) => input.maximum(other);
    public static Tensor minimum(Tensor input, Tensor other) => input.minimum(other);
    public static Tensor sum(Tensor input) => input.sum();
    public static Tensor sum(Tensor input, long dim, bool keepdim = false) => input.sum(dim, keepdim);
    public static Tensor mean(Tensor input) => input.mean();
    public static Tensor mean(Tensor input, long dim, bool keepdim = false) => input.mean(dim, keepdim);
    public static Tensor max(Tensor input) => input.max();
    public static Tensor min(Tensor input) => input.min();
    public static Tensor argmax(Tensor input) => input.argmax();
    public static Tensor argmax(Tensor input, long dim, bool keepdim = false) => input.argmax(dim, keepdim);
    public static Tensor argmin(Tensor input, long dim, bool keepdim = false) => input.argmin(dim, keepdim);
    public static Tensor dot(Tensor input, Tensor other) => input.dot(other);
    public static Tensor outer(Tensor input, Tensor other) => input.outer(other);
}
