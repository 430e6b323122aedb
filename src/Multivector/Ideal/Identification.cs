namespace Multivector.Ideal;

/// <summary>
/// Fixes the model's free sign and scale for reporting. The likelihood is unchanged by x → (x − m)/s with
/// α → α + βm, β → βs, and by flipping the signs of x and β together, so reported positions are standardised
/// to mean 0 and standard deviation 1 over the state-periods in which a state voted, and flipped when needed
/// so that the polarity state (the USA) has a positive mean position. Caveat: standardising over every
/// state-period means a position's scale is relative to the whole selection, so two different selections are
/// comparable only up to a linear map.
/// </summary>
internal static class Identification
{
    /// <summary>Positions on the reported scale; NaN where the state cast no vote in the period.</summary>
    public static double[] Standardise(double[] x, bool[] observed, int periods, int? polarityState)
    {
        double n = 0, sum = 0;
        for (var c = 0; c < x.Length; c++) if (observed[c]) { n++; sum += x[c]; }
        var mean = sum / n;
        double squares = 0;
        for (var c = 0; c < x.Length; c++) if (observed[c]) squares += (x[c] - mean) * (x[c] - mean);
        var sd = Math.Sqrt(squares / n);
        if (!(sd > 0)) sd = 1;
        var sign = 1.0;
        if (polarityState is int s)
        {
            double m = 0, k = 0;
            for (var t = 0; t < periods; t++) if (observed[s * periods + t]) { m += x[s * periods + t] - mean; k++; }
            if (k > 0 && m < 0) sign = -1;
        }
        var result = new double[x.Length];
        for (var c = 0; c < x.Length; c++) result[c] = observed[c] ? sign * (x[c] - mean) / sd : double.NaN;
        return result;
    }
}
