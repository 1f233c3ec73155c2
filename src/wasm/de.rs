//! A strict serde [`Deserializer`](serde::Deserializer) over the text the JS wrapper writes of
//! each argument (issue 15): one reader for every input, so every input type is compiled once.
//!
//! The wrapper (`pkg-template/inkasso.js`) walks each argument once, in JS: plain JSON data
//! crosses as `JSON.stringify` text; anything else is written by the wrapper's own encoder as
//! the same JSON grammar extended with the values JSON cannot carry: `undefined`, `NaN`,
//! `Infinity`, `-Infinity`, `-0`, and the markers `!bigint`, `!function`, `!symbol` (values no
//! input accepts) and `!bigarray` (a nested array longer than the wrapper walks). Objects are
//! written with their **own enumerable keys** (`Object.keys`, the order `JSON.stringify` uses),
//! never `toJSON`, so `deny_unknown_fields` works and `__proto__`/`constructor` keys are
//! reported, never followed. A throwing getter or Proxy trap is met by the wrapper, which throws
//! at once: nothing JS can throw reaches wasm.
//!
//! This reader hands every value to the input types as the value-by-value reader it replaced
//! did, so that they say precisely what is wrong: `null` and `undefined` are nullish, numbers
//! that are integers within ±(2^53 − 1) go as integers and every other number (fractions,
//! `NaN`, infinities, `-0`, huge values) as `f64`; a lone surrogate in a string reads as U+FFFD.

use core::fmt;

use crate::error::ErrorCode;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{
    self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};

/// Largest integer a JS number represents exactly (2^53 − 1).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
/// Longest array the wrapper walks inside an argument (it writes `!bigarray` instead).
const MAX_NESTED_ITEMS: u32 = 100_000;

/// A deserialization error: its [`ErrorCode`], set where serde reports it (an unknown field,
/// a missing one, an unknown variant, a wrong type), a message in plain language without Rust
/// type names, and where it happened.
///
/// The path is collected as the error travels out of each object value and array element,
/// innermost first, so nothing tracks it on the success path (`serde_path_to_error`'s generic
/// wrappers were once a quarter of the module). It prints as `serde_path_to_error` does: `invoices[0].amount`, `[3].steps[1].kind`.
#[derive(Debug)]
pub struct DeError {
    code: ErrorCode,
    message: String,
    /// The key an unknown or missing field error names (not yet part of the path).
    key: Option<String>,
    /// Innermost segment first.
    path: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(u32),
}

impl DeError {
    fn new(message: impl Into<String>) -> Self {
        DeError::coded(ErrorCode::InvalidType, message)
    }

    fn coded(code: ErrorCode, message: impl Into<String>) -> Self {
        DeError {
            code,
            message: message.into(),
            key: None,
            path: Vec::new(),
        }
    }

    /// Inside the value of `key` (kept out of line: one copy for every value type).
    #[inline(never)]
    fn in_key(self, key: &Text<'_>) -> Self {
        self.in_segment(Segment::Key(key.as_str().to_owned()))
    }

    /// Inside the element at `index` (kept out of line: one copy for every element type).
    #[inline(never)]
    fn in_index(self, index: u32) -> Self {
        self.in_segment(Segment::Index(index))
    }

    fn in_segment(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }

    /// The crate error: code, message, and the field path (the named key last).
    pub fn into_error(self) -> crate::Error {
        let code = self.code;
        let (message, path) = self.into_parts();
        let error = crate::Error::new(code, message);
        if path.is_empty() {
            error
        } else {
            error.at(path)
        }
    }

    /// The message and the path (`""` at the root), the named key included.
    pub fn into_parts(mut self) -> (String, String) {
        if let Some(key) = self.key.take() {
            self.path.insert(0, Segment::Key(key));
        }
        let mut path = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        (self.message, path)
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(crate::input::plain_words(&msg.to_string()))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::coded(
            ErrorCode::UnknownVariant,
            match expected {
                [] => format!("unknown variant `{variant}`, there are no variants"),
                _ => format!("unknown variant `{variant}`, expected {}", one_of(expected)),
            },
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let mut e = DeError::coded(
            ErrorCode::UnknownField,
            match expected {
                [] => format!("unknown field `{field}`, there are no fields"),
                _ => format!("unknown field `{field}`, expected {}", one_of(expected)),
            },
        );
        e.key = Some(field.to_owned());
        e
    }

    fn missing_field(field: &'static str) -> Self {
        let mut e = DeError::coded(ErrorCode::MissingField, format!("missing field `{field}`"));
        e.key = Some(field.to_owned());
        e
    }
}

/// The expected names as serde words them (`` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``),
/// so that the wasm build and the native one say the same.
fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", list.join(", "))
        }
    }
}

/// One value of the text, as far as its first characters tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Nullish,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// `!bigint`, `!function`, `!symbol`: no input accepts one.
    Foreign(&'static str),
    /// `!bigarray`: an array inside an argument longer than the wrapper walks.
    BigArray,
}

/// The reader over one argument's text.
pub struct TextDeserializer<'a> {
    text: &'a [u8],
    pos: usize,
}

/// The text is not what the wrapper writes (it always is: this is a defect, not bad input).
fn malformed() -> DeError {
    DeError::new("the input could not be read (malformed text from the JS wrapper)")
}

impl<'a> TextDeserializer<'a> {
    /// Reads `text`: the UTF-8 bytes of the text the wrapper wrote (each string in it is
    /// checked as it is read).
    pub fn new(text: &'a [u8]) -> Self {
        TextDeserializer { text, pos: 0 }
    }

    /// After the value: nothing but white space may follow.
    pub fn end(&mut self) -> Result<(), DeError> {
        self.skip_space();
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(malformed())
        }
    }

    /// Moves past one byte.
    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.pos) {
            self.bump();
        }
    }

    #[inline(never)]
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.text.get(self.pos).copied()
    }

    /// Consumes `word` if the text continues with it.
    fn eat(&mut self, word: &[u8]) -> bool {
        let end = self.pos.saturating_add(word.len());
        if self.text.get(self.pos..end) == Some(word) {
            self.pos = end;
            true
        } else {
            false
        }
    }

    #[inline(never)]
    fn expect(&mut self, byte: u8) -> Result<(), DeError> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(malformed())
        }
    }

    #[inline(never)]
    fn kind(&mut self) -> Result<Kind, DeError> {
        Ok(match self.peek() {
            Some(b'n' | b'u') => Kind::Nullish,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'-' | b'0'..=b'9' | b'N' | b'I') => Kind::Number,
            Some(b'"') => Kind::String,
            Some(b'[') => Kind::Array,
            Some(b'{') => Kind::Object,
            Some(b'!') => {
                let rest = self.text.get(self.pos..).unwrap_or_default();
                if rest.starts_with(b"!bigint") {
                    Kind::Foreign("a BigInt")
                } else if rest.starts_with(b"!function") {
                    Kind::Foreign("a function")
                } else if rest.starts_with(b"!symbol") {
                    Kind::Foreign("a symbol")
                } else if rest.starts_with(b"!bigarray") {
                    Kind::BigArray
                } else {
                    return Err(malformed());
                }
            }
            _ => return Err(malformed()),
        })
    }

    #[inline(never)]
    fn read_nullish(&mut self) -> Result<(), DeError> {
        if self.eat(b"null") || self.eat(b"undefined") {
            Ok(())
        } else {
            Err(malformed())
        }
    }

    #[inline(never)]
    fn read_bool(&mut self) -> Result<bool, DeError> {
        if self.eat(b"true") {
            Ok(true)
        } else if self.eat(b"false") {
            Ok(false)
        } else {
            Err(malformed())
        }
    }

    #[inline(never)]
    fn read_number(&mut self) -> Result<f64, DeError> {
        if self.eat(b"NaN") {
            return Ok(f64::NAN);
        }
        if self.eat(b"Infinity") {
            return Ok(f64::INFINITY);
        }
        if self.eat(b"-Infinity") {
            return Ok(f64::NEG_INFINITY);
        }
        let start = self.pos;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.text.get(self.pos) {
            self.bump();
        }
        // JS writes the shortest text that reads back to the same number; Rust's parser rounds
        // correctly, so this is that number exactly.
        self.text
            .get(start..self.pos)
            .and_then(|digits| core::str::from_utf8(digits).ok())
            .and_then(|digits| digits.parse::<f64>().ok())
            .ok_or_else(malformed)
    }

    /// The string's raw text when it has no escapes (borrowed), else its decoded value.
    #[inline(never)]
    fn read_string(&mut self) -> Result<Text<'a>, DeError> {
        self.expect(b'"')?;
        let start = self.pos;
        loop {
            match self.text.get(self.pos) {
                Some(b'"') => {
                    let raw = self.text.get(start..self.pos).ok_or_else(malformed)?;
                    self.bump();
                    let raw = core::str::from_utf8(raw).map_err(|_| malformed())?;
                    return Ok(Text::Borrowed(raw));
                }
                Some(b'\\') => break,
                Some(_) => self.bump(),
                None => return Err(malformed()),
            }
        }
        let mut bytes = self
            .text
            .get(start..self.pos)
            .ok_or_else(malformed)?
            .to_vec();
        loop {
            match self.text.get(self.pos).copied() {
                Some(b'"') => {
                    self.bump();
                    return String::from_utf8(bytes)
                        .map(Text::Owned)
                        .map_err(|_| malformed());
                }
                Some(b'\\') => {
                    self.bump();
                    let escaped = self.text.get(self.pos).copied().ok_or_else(malformed)?;
                    self.bump();
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.read_escaped_char()?,
                        _ => return Err(malformed()),
                    };
                    let mut buf = [0u8; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) => {
                    bytes.push(b);
                    self.bump();
                }
                None => return Err(malformed()),
            }
        }
    }

    fn read_hex4(&mut self) -> Result<u32, DeError> {
        let end = self.pos.saturating_add(4);
        let digits = self.text.get(self.pos..end).ok_or_else(malformed)?;
        let digits = core::str::from_utf8(digits).map_err(|_| malformed())?;
        let n = u32::from_str_radix(digits, 16).map_err(|_| malformed())?;
        self.pos = end;
        Ok(n)
    }

    /// After `\u`: one character, a surrogate pair read as one; a lone surrogate is U+FFFD
    /// (what JS's own conversion of such a string to UTF-8 gives).
    fn read_escaped_char(&mut self) -> Result<char, DeError> {
        let first = self.read_hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            let save = self.pos;
            if self.eat(b"\\u") {
                let second = self.read_hex4()?;
                if (0xDC00..0xE000).contains(&second) {
                    // first in D800..DC00 and second in DC00..E000: no overflow, checked anyway.
                    let code = first
                        .checked_sub(0xD800)
                        .and_then(|high| high.checked_shl(10))
                        .zip(second.checked_sub(0xDC00))
                        .and_then(|(high, low)| high.checked_add(low))
                        .and_then(|offset| offset.checked_add(0x10000));
                    return Ok(code.and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                }
                self.pos = save;
            }
            return Ok('\u{FFFD}');
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    /// The error for the next value where `visitor` expected something else, in the words of
    /// the value reader this replaced.
    #[inline(never)]
    fn invalid_type(&mut self, visitor: &dyn de::Expected) -> DeError {
        let unexpected = match self.kind() {
            Ok(Kind::Number) => match self.read_number() {
                Ok(n) => Unexpected::Float(n),
                Err(e) => return e,
            },
            Ok(Kind::Nullish) => Unexpected::Unit,
            Ok(Kind::Bool) => match self.read_bool() {
                Ok(b) => Unexpected::Bool(b),
                Err(e) => return e,
            },
            Ok(Kind::String) => Unexpected::Other("a string"),
            Ok(Kind::Array | Kind::BigArray) => Unexpected::Seq,
            Ok(Kind::Object) => Unexpected::Map,
            Ok(Kind::Foreign(what)) => Unexpected::Other(what),
            Err(e) => return e,
        };
        de::Error::invalid_type(unexpected, visitor)
    }

    fn big_array() -> DeError {
        DeError::coded(
            ErrorCode::TooManyItems,
            format!("an array of more than {MAX_NESTED_ITEMS} items"),
        )
    }

    /// Reads an array of `T`, handing each element and the byte range of its text to `each`
    /// as soon as it is read. The same steps, errors and paths as reading a `Vec<T>`, but
    /// `quick` is asked first at each element: when it reads one (and says how many bytes it
    /// took), that element is handed over as [`Read::Quick`] and the general reader skips it.
    pub fn each_element<T: de::Deserialize<'a>, Q>(
        &mut self,
        quick: impl Fn(&'a [u8]) -> Option<(Q, usize)>,
        mut each: impl FnMut(Read<Q, T>, core::ops::Range<usize>),
    ) -> Result<(), DeError> {
        if self.kind()? != Kind::Array {
            // Not an array: the error reading a `Vec<T>` gives.
            return serde::Deserializer::deserialize_seq(&mut *self, ASequence);
        }
        self.expect(b'[')?;
        let mut index: u32 = 0;
        loop {
            match self.peek() {
                Some(b']') => break,
                Some(b',') if index > 0 => self.bump(),
                _ if index == 0 => {}
                _ => return Err(malformed()),
            }
            self.skip_space();
            let start = self.pos;
            let quickly = self.text.get(start..).and_then(&quick);
            let element = match quickly {
                Some((element, len)) => {
                    self.pos = start.saturating_add(len);
                    Read::Quick(element)
                }
                None => Read::General(
                    T::deserialize(&mut *self).map_err(|e| e.in_segment(Segment::Index(index)))?,
                ),
            };
            each(element, start..self.pos);
            index = index.saturating_add(1);
        }
        self.expect(b']')
    }

    fn visit_seq_here<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value, DeError> {
        self.expect(b'[')?;
        let value = visitor.visit_seq(Elements { de: self, index: 0 })?;
        self.expect(b']')?;
        Ok(value)
    }

    fn visit_map_here<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value, DeError> {
        self.expect(b'{')?;
        let value = visitor.visit_map(Entries {
            de: self,
            first: true,
            key: Text::Borrowed(""),
        })?;
        self.expect(b'}')?;
        Ok(value)
    }
}

/// An element of [`TextDeserializer::each_element`]: read by the quick reader, or by the
/// general one.
pub enum Read<Q, T> {
    /// What the quick reader made of it.
    Quick(Q),
    /// What the general reader made of it.
    General(T),
}

/// What a `Vec` reader expects, in serde's words ("a sequence"); only ever refuses.
struct ASequence;

impl<'de> Visitor<'de> for ASequence {
    type Value = ();
    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a sequence")
    }
}

/// A string or key of the text: borrowed when it has no escapes.
enum Text<'a> {
    Borrowed(&'a str),
    Owned(String),
}

impl Text<'_> {
    fn as_str(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Owned(s) => s,
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut TextDeserializer<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.kind()? {
            Kind::Nullish => {
                self.read_nullish()?;
                visitor.visit_unit()
            }
            Kind::Bool => {
                let b = self.read_bool()?;
                visitor.visit_bool(b)
            }
            Kind::Number => {
                let n = self.read_number()?;
                visit_number(n, visitor)
            }
            Kind::String => match self.read_string()? {
                Text::Borrowed(s) => visitor.visit_borrowed_str(s),
                Text::Owned(s) => visitor.visit_string(s),
            },
            Kind::Array => self.visit_seq_here(visitor),
            Kind::Object => self.visit_map_here(visitor),
            Kind::BigArray => Err(TextDeserializer::big_array()),
            Kind::Foreign(_) => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.kind()? == Kind::Nullish {
            self.read_nullish()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.kind()? == Kind::Bool {
            let b = self.read_bool()?;
            visitor.visit_bool(b)
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.kind()? == Kind::String {
            match self.read_string()? {
                Text::Borrowed(s) => visitor.visit_borrowed_str(s),
                Text::Owned(s) => visitor.visit_string(s),
            }
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.kind()? {
            Kind::Array => self.visit_seq_here(visitor),
            Kind::BigArray => Err(TextDeserializer::big_array()),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.kind()? == Kind::Object {
            self.visit_map_here(visitor)
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if self.kind()? == Kind::String {
            let variant: StringDeserializer<DeError> = match self.read_string()? {
                Text::Borrowed(s) => s.to_owned().into_deserializer(),
                Text::Owned(s) => s.into_deserializer(),
            };
            visitor.visit_enum(variant)
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct tuple tuple_struct ignored_any
    }
}

/// Integers that a JS number holds exactly go as integers, everything else (fractions, NaN,
/// infinities, `-0`, huge values) as `f64`, for the input types to judge.
fn visit_number<'de, V: Visitor<'de>>(n: f64, visitor: V) -> Result<V::Value, DeError> {
    if n.is_finite() && n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER && !is_negative_zero(n) {
        // Exact: |n| ≤ 2^53 − 1 and integral.
        #[allow(clippy::cast_possible_truncation)]
        visitor.visit_i64(n as i64)
    } else {
        visitor.visit_f64(n)
    }
}

fn is_negative_zero(n: f64) -> bool {
    n == 0.0 && n.is_sign_negative()
}

/// An object's entries, in the order written (`Object.keys`).
struct Entries<'r, 'a> {
    de: &'r mut TextDeserializer<'a>,
    first: bool,
    /// The key whose value is read next (for the error path).
    key: Text<'a>,
}

impl<'de> MapAccess<'de> for Entries<'_, 'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.de.peek() {
            Some(b'}') => return Ok(None),
            Some(b',') if !self.first => self.de.bump(),
            _ if self.first => {}
            _ => return Err(malformed()),
        }
        self.first = false;
        if self.de.peek() != Some(b'"') {
            return Err(malformed());
        }
        let key = self.de.read_string()?;
        self.de.expect(b':')?;
        let value = match &key {
            Text::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::<DeError>::new(s)),
            Text::Owned(s) => {
                seed.deserialize(IntoDeserializer::<DeError>::into_deserializer(s.clone()))
            }
        };
        self.key = key;
        value.map(Some)
    }

    #[inline(never)]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        seed.deserialize(&mut *self.de)
            .map_err(|e| e.in_key(&self.key))
    }
}

/// An array's elements, by index.
struct Elements<'r, 'a> {
    de: &'r mut TextDeserializer<'a>,
    index: u32,
}

impl<'de> SeqAccess<'de> for Elements<'_, 'de> {
    type Error = DeError;

    #[inline(never)]
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.de.peek() {
            Some(b']') => return Ok(None),
            Some(b',') if self.index > 0 => self.de.bump(),
            _ if self.index == 0 => {}
            _ => return Err(malformed()),
        }
        let index = self.index;
        self.index = index.saturating_add(1);
        seed.deserialize(&mut *self.de)
            .map(Some)
            .map_err(|e| e.in_index(index))
    }
}
