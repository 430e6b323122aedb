using System.Runtime.CompilerServices;

namespace Multivector.Testing;

/// <summary>
/// Pins what people see. Compares text with Snapshots/&lt;name&gt;.approved.txt in the source tree; on a mismatch it
/// writes &lt;name&gt;.received.txt beside it and fails. Set UPDATE_SNAPSHOTS=1 to accept the received text.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        var approved = Path.Combine(folder, name + ".approved.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var text = Normalise(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approved, text);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(approved) ? Normalise(File.ReadAllText(approved)) : null;
        if (expected == text)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}. Review {received} and rename it, or run with UPDATE_SNAPSHOTS=1."
            : $"Snapshot {name} differs from {approved}. See {received}; diff them, and run with UPDATE_SNAPSHOTS=1 if the change is intended.");
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";
}
