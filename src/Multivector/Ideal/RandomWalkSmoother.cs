namespace Multivector.Ideal;

/// <summary>
/// The posterior of one state's trajectory under a Gaussian random walk, given per-period Gaussian
/// evidence: x₀ ~ N(0, v₀), xₜ = ρₜ xₜ₋₁ + N(0, ω²), and period t contributes the log-likelihood
/// −½(Aₜ xₜ² − 2 Bₜ xₜ). ρₜ is the assembly's common change of scale from one period to the next (1 for a plain
/// walk; <see cref="DynamicIrt"/> estimates it). A Kalman filter forward and a Rauch–Tung–Striebel smoother
/// backward give the exact marginal means and variances in O(T) (equivalently, a tridiagonal solve of the
/// posterior precision), and the lag output, when given, Cov(xₜ, xₜ₊₁), which the EM steps for ω² and ρ
/// need. Periods with no votes have A = B = 0 and are interpolated by the walk.
/// </summary>
internal static class RandomWalkSmoother
{
    public static void Smooth(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double priorVariance, double evolution, Span<double> mean, Span<double> variance,
        Span<double> lag = default, ReadOnlySpan<double> scale = default)
    {
        var n = a.Length;
        Span<double> fm = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> fv = n <= 256 ? stackalloc double[n] : new double[n];
        double pm = 0, pv = priorVariance;
        for (var t = 0; t < n; t++)
        {
            if (t > 0)
            {
                var rho = scale.IsEmpty ? 1 : scale[t];
                (pm, pv) = (rho * fm[t - 1], rho * rho * fv[t - 1] + evolution);
            }
            var v = 1 / (1 / pv + a[t]);
            fm[t] = v * (pm / pv + b[t]);
            fv[t] = v;
        }
        mean[n - 1] = fm[n - 1];
        variance[n - 1] = fv[n - 1];
        for (var t = n - 2; t >= 0; t--)
        {
            var rho = scale.IsEmpty ? 1 : scale[t + 1];
            var predicted = rho * rho * fv[t] + evolution;
            var gain = fv[t] * rho / predicted;
            mean[t] = fm[t] + gain * (mean[t + 1] - rho * fm[t]);
            variance[t] = fv[t] + gain * gain * (variance[t + 1] - predicted);
            if (!lag.IsEmpty) lag[t] = gain * variance[t + 1];
        }
    }
}
