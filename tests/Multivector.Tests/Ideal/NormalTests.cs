using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

public sealed class NormalTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(-1.959963984540054, 0.025)]
    [InlineData(-5.0, 2.866515718791939e-7)]
    public void Cdf_matches_published_values(double z, double p) =>
        Assert.Equal(p, Normal.Cdf(z), p * 2e-7);

    [Theory]
    [InlineData(0.0, 0.7978845608028654)]
    [InlineData(2.0, 2.3732155328228636)]
    [InlineData(-2.0, 0.05524786267288959)]
    [InlineData(40.0, 40.024968848)] // asymptotic series c + 1/c − 2/c³ + 10/c⁵
    public void Inverse_mills_ratio_matches_published_values_far_into_the_tail(double c, double expected) =>
        Assert.Equal(expected, Normal.InverseMills(c), expected * 2e-7);

    [Fact]
    public void Truncated_means_lie_inside_their_interval_even_when_the_mass_underflows()
    {
        Assert.InRange(Normal.TruncatedMean(50, 0, 0.3), 0, 0.3);
        Assert.InRange(Normal.TruncatedMean(-50, 0, 0.3), 0, 0.3);
        Assert.Equal(0.5 * 0.3, Normal.TruncatedMean(0.15, 0, 0.3), 6);
        Assert.Equal(-Normal.InverseMills(0), Normal.TruncatedMean(0, double.NegativeInfinity, 0), 12);
    }

    [Fact]
    public void Quantile_inverts_the_cdf() =>
        Assert.Equal(1.959963984540054, Normal.Quantile(0.975), 6);

    [Fact]
    public void Far_tails_return_their_limits()
    {
        Assert.Equal(0, Normal.Density(40));
        Assert.Equal(0, Normal.Upper(60));
        Assert.Equal(1, Normal.Cdf(60));
        Assert.Equal(0, Normal.InverseMills(-40));
        Assert.True(Normal.Density(36) > 0);
    }
}
