namespace Multivector.Ideal;

/// <summary>
/// The standard normal distribution and the truncated-normal moments the ordered-probit E-step needs.
/// .NET has no erf, so <see cref="Erfc"/> is the Chebyshev fit of Press et al., Numerical Recipes (3rd ed.,
/// §6.2.2), with fractional error below 1.2e-7 everywhere: relative, so the tails used by the inverse
/// Mills ratio keep their precision until exp underflows near 38 sd, where the asymptote takes over.
/// </summary>
internal static class Normal
{
    private const double InvSqrt2Pi = 0.39894228040143267794;

    // Beyond ~37 sd the exponentials fall into subnormals and then zero, and libm's underflow path costs a hundred times a normal
    // exp; separated roll calls put many votes out there, so the far tails return their limits directly.
    private const double Far = 37;

    public static double Density(double z) => Math.Abs(z) > Far ? 0 : InvSqrt2Pi * Math.Exp(-0.5 * z * z);

    public static double Cdf(double z) => 0.5 * Erfc(-z * 0.70710678118654752440);

    /// <summary>Upper tail 1 − Φ(z), accurate in relative terms for large z (no cancellation).</summary>
    public static double Upper(double z) => 0.5 * Erfc(z * 0.70710678118654752440);

    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        if (z > Far * 0.70710678118654752440) return x >= 0 ? 0 : 2;
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /// <summary>log(1 − Φ(c)), by the tail series beyond 5 sd where 1 − Φ would lose digits and then underflow.</summary>
    public static double LogUpper(double c)
    {
        if (c <= 5) return Math.Log(Upper(c));
        var c2 = c * c;
        return -0.5 * c2 - Math.Log(c) - 0.91893853320467274178 + Math.Log(1 - 1 / c2 + 3 / (c2 * c2));
    }

    /// <summary>φ(c) / (1 − Φ(c)): the mean of a standard normal truncated to (c, ∞).</summary>
    public static double InverseMills(double c)
    {
        var z = Math.Abs(c) * 0.70710678118654752440;
        var t = 1 / (1 + 0.5 * z);
        var tail = 0.5 * t * Math.Exp(-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        // For c ≥ 0 the factor exp(−c²/2) common to φ(c) and 1 − Φ(c) cancels: one exp, and no underflow however far out.
        if (c >= 0) return InvSqrt2Pi / tail;
        if (c < -Far) return 0;
        var e = Math.Exp(-z * z);
        return InvSqrt2Pi * e / (1 - tail * e);
    }

    /// <summary>
    /// E[y | lo &lt; y &lt; hi] for y ~ N(mu, 1); infinite bounds allowed. The two-sided case subtracts
    /// upper tails when the interval lies right of the mean (and lower tails when left) so that the
    /// difference of two tiny probabilities is not lost.
    /// </summary>
    public static double TruncatedMean(double mu, double lo, double hi)
    {
        if (double.IsNegativeInfinity(lo)) return mu - InverseMills(mu - hi);
        if (double.IsPositiveInfinity(hi)) return mu + InverseMills(lo - mu);
        double l = lo - mu, u = hi - mu;
        var mass = l > 0 ? Upper(l) - Upper(u) : Cdf(u) - Cdf(l);
        if (!(mass > 1e-300)) return l > 0 ? lo : u < 0 ? hi : 0.5 * (lo + hi);
        var m = mu + (Density(l) - Density(u)) / mass;
        return Math.Clamp(m, lo, hi);
    }

    /// <summary>Inverse of Φ by Acklam's rational approximation refined with one Halley step.</summary>
    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Expected a probability strictly between 0 and 1.");
        double[] a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];
        double[] b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
        double[] c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
        double[] d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
        double x;
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p > 1 - 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        var e = Cdf(x) - p;
        var step = e * Math.Sqrt(2 * Math.PI) * Math.Exp(0.5 * x * x);
        return x - step / (1 + 0.5 * x * step);
    }

    /// <summary>A standard normal draw by Box–Muller, from the caller's generator so that seeds repeat.</summary>
    public static double Draw(Random random)
    {
        var u = 1.0 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
