using System.Reflection;
using System.Text;

namespace Multivector.Tests;

/// <summary>
/// The engine's public surface, one line per type and member, pinned in Snapshots/public-api.approved.txt, so
/// every change to what hosts can call shows up as a diff (the Spectre.Console habit).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_changes_only_on_purpose()
    {
        Snapshot.Match("public-api", Describe(typeof(MultivectorStore).Assembly));
    }

    [Fact]
    public void The_measure_internals_stay_internal()
    {
        var exported = typeof(MultivectorStore).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet();

        Assert.DoesNotContain("VoteMatrix", exported);
        Assert.DoesNotContain("PairTable", exported);
        Assert.DoesNotContain("Bootstrap", exported);
        Assert.DoesNotContain("Bundle", exported);
        Assert.DoesNotContain("Period", exported);
        Assert.DoesNotContain("Database", exported);
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) text.Append(" : ").Append(Name(b));
            text.Append('\n');
            if (type.IsEnum)
            {
                foreach (var name in Enum.GetNames(type)) text.Append("  ").Append(name).Append('\n');
                continue;
            }
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerNoise(m))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            foreach (var m in members) text.Append("  ").Append(m).Append('\n');
        }
        return text.ToString();
    }

    // Records' generated members say nothing about the API beyond the record's properties.
    private static bool IsCompilerNoise(MemberInfo m) =>
        m.Name is "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" or "Equals" or "GetHashCode" or "ToString";

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : "class";

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo x => $"{(x.IsStatic ? "static " : "")}{Name(x.ReturnType)} {x.Name}({Parameters(x.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? (IsInit(p) ? "init; " : "set; ") : "")}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => m.ToString()!,
    };

    private static bool IsInit(PropertyInfo p) =>
        p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit");

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => $"{(p.IsOut ? "out " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type t)
    {
        if (t.IsGenericParameter) return t.Name;
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (Nullable.GetUnderlyingType(t) is { } inner) return Name(inner) + "?";
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (!t.IsGenericType) return t.Namespace?.StartsWith("Multivector", StringComparison.Ordinal) == true ? t.FullName!.Replace('+', '.') : t.Name;
        var name = t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
    }
}
