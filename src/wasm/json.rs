//! The JSON text writer for results (issue 15): objects, arrays, strings, integers, booleans
//! and `null`, written straight into a `String` (the value `serde_json::to_string` would write,
//! in ASCII: every character beyond it as a `\\u` escape, `"§"` as `"\\u00a7"`, because JS
//! decodes ASCII bytes many times faster than UTF-8 with `§` and `ä` in it).
//! A general writer goes through `io::Write` and its error plumbing for every piece, which at
//! opt-level "z" made writing the 50 allocations of a summary statement cost more than computing
//! it (BENCHMARKS.md). No result holds anything else (floating point, bytes, enum variants with
//! data, non-string map keys); such a value would be an error ([`Unsupported`]), never a trap.

use core::fmt;

use serde::ser::{self, Serialize};

/// `value` as JSON text (in ASCII).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = String::with_capacity(4096);
    push_ascii(&mut out, value)?;
    Ok(out)
}

/// Appends `value`'s JSON text (in ASCII: `"§"` as `"\\u00a7"`) to `out`.
pub fn push_ascii<T: Serialize + ?Sized>(out: &mut String, value: &T) -> Result<()> {
    let mut writer = Writer {
        out: core::mem::take(out),
    };
    let result = value.serialize(&mut writer);
    *out = writer.out;
    result
}

// Which bytes of a string JSON writes escaped: `"`, `\\` and the control characters (the
// bytes that end a plain run of a string, as the quick reader reads one).
use crate::input::quick::ENDS_PLAIN as NEEDS_ESCAPE;

struct Writer {
    out: String,
}

/// Appends `text` as a JSON string in ASCII, as [`push_ascii`] writes a string.
pub fn push_string(out: &mut String, text: &str) {
    let mut writer = Writer {
        out: core::mem::take(out),
    };
    writer.string(text);
    *out = writer.out;
}

/// A value no result holds (floating point, bytes, an enum variant with data, a non-string key).
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value that is not plain JSON data")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Unsupported
    }
}

impl Writer {
    #[inline(never)]
    fn string(&mut self, text: &str) {
        if !text.is_ascii() {
            self.ascii_string(text);
            return;
        }
        self.out.push('"');
        let bytes = text.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            // Most bytes need no escape: one table look-up each.
            if !NEEDS_ESCAPE.get(usize::from(b)).copied().unwrap_or(false) {
                continue;
            }
            self.out.push_str(text.get(start..i).unwrap_or(""));
            self.escape(b);
            start = i.saturating_add(1);
        }
        self.out.push_str(text.get(start..).unwrap_or(""));
        self.out.push('"');
    }

    /// A string with every character beyond ASCII as `\\uXXXX` (a surrogate pair beyond the
    /// BMP), as JSON allows. Runs of ASCII that need no escape are copied whole.
    fn ascii_string(&mut self, text: &str) {
        self.out.push('"');
        let mut rest = text;
        while !rest.is_empty() {
            let plain = rest
                .bytes()
                .position(|b| {
                    !b.is_ascii() || NEEDS_ESCAPE.get(usize::from(b)).copied().unwrap_or(true)
                })
                .unwrap_or(rest.len());
            let (run, tail) = rest.split_at_checked(plain).unwrap_or((rest, ""));
            self.out.push_str(run);
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                if c.is_ascii() {
                    self.escape(u8::try_from(u32::from(c)).unwrap_or(b'?'));
                } else {
                    let mut units = [0u16; 2];
                    for &unit in c.encode_utf16(&mut units).iter() {
                        self.unicode_escape(unit);
                    }
                }
            }
            rest = chars.as_str();
        }
        self.out.push('"');
    }

    /// `\\u` and the four hex digits of `unit`.
    fn unicode_escape(&mut self, unit: u16) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push_str("\\u");
        for shift in [12u16, 8, 4, 0] {
            let digit = (unit >> shift) & 0xf;
            let hex = HEX.get(usize::from(digit)).copied().unwrap_or(b'0');
            self.out.push(char::from(hex));
        }
    }

    /// The escape of a byte that needs one (`"`, `\\`, a control character).
    fn escape(&mut self, b: u8) {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        if short.is_empty() {
            self.unicode_escape(u16::from(b));
        } else {
            self.out.push_str(short);
        }
    }

    fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at = at.saturating_sub(1);
            if let Some(d) = digits.get_mut(at) {
                *d = b'0'.saturating_add(u8::try_from(n.checked_rem(10).unwrap_or(0)).unwrap_or(0));
            }
            n = n.checked_div(10).unwrap_or(0);
            if n == 0 {
                break;
            }
        }
        for &d in digits.get(at..).unwrap_or(&[]) {
            self.out.push(char::from(d));
        }
    }

    fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }
}

/// An open array or object: writes the commas and the closing bracket.
pub struct Compound<'a> {
    writer: &'a mut Writer,
    first: bool,
    close: char,
}

impl Compound<'_> {
    /// The comma if needed, then `"key":`. A field name is a Rust identifier renamed to
    /// camelCase: nothing in it needs an escape, so it is written as it is. Out of line: one
    /// copy for every field of every output type.
    #[inline(never)]
    fn field_name(&mut self, key: &str) {
        self.comma();
        self.writer.out.push('"');
        self.writer.out.push_str(key);
        self.writer.out.push_str("\":");
    }

    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.writer.out.push(',');
        }
    }
}

/// What writing gives.
pub type Result<T = ()> = core::result::Result<T, Unsupported>;

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, _v: f32) -> Result {
        Err(Unsupported)
    }
    fn serialize_f64(self, _v: f64) -> Result {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Result {
        let mut buf = [0u8; 4];
        self.string(v.encode_utf8(&mut buf));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result {
        Err(Unsupported)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.out.push('[');
        Ok(Compound {
            writer: self,
            first: true,
            close: ']',
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.out.push('{');
        Ok(Compound {
            writer: self,
            first: true,
            close: '}',
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result {
        self.writer.out.push(self.close);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.comma();
        let start = self.writer.out.len();
        key.serialize(&mut *self.writer)?;
        // Only string keys are written as they are.
        if self.writer.out.as_bytes().get(start) == Some(&b'"') {
            Ok(())
        } else {
            Err(Unsupported)
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.writer.out.push(':');
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result {
        self.writer.out.push(self.close);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field_name(key);
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result {
        self.writer.out.push(self.close);
        Ok(())
    }
}
