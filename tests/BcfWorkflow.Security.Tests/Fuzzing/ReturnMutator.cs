using System.Text;

namespace BcfWorkflow.Security.Tests.Fuzzing;

/// <summary>Seeded mutations of valid return files: bit flips, truncation, duplicated or deleted chunks, random
/// unicode, quote and delimiter storms, and (for xlsx) the same applied inside the sheet XML before re-zipping.</summary>
public sealed class ReturnMutator(int seed)
{
    private static readonly string[] Storms = ["\"", "\"\"", ",", "\r", "\n", "\r\n", "\t", ";", "£", "=", "\u0000", "\uFEFF", "&", "<", "]]>", "&lol;"];
    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var bytes = input.ToList();
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            Apply(bytes);
        }
        return [.. bytes];
    }

    private void Apply(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            bytes.AddRange(RandomUnicode());
            return;
        }
        var at = random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                var chunk = bytes.GetRange(at, length);
                for (var n = random.Next(1, 20); n > 0; n--)
                {
                    bytes.InsertRange(at, chunk);
                }
                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(32)));
                break;
            case 4:
                bytes.InsertRange(at, RandomUnicode());
                break;
            case 5:
                var storm = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => Storms[random.Next(Storms.Length)])));
                bytes.InsertRange(at, storm);
                break;
            case 6:
                bytes[at] = (byte)random.Next(256);
                break;
            default:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "-1e308" : "99999999999999999999999999999"));
                break;
        }
    }

    private byte[] RandomUnicode()
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 16); n > 0; n--)
        {
            var codePoint = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0xA0, 0x800),
                2 => random.Next(0x800, 0xD800),
                _ => random.Next(0x10000, 0x10FFFF),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
