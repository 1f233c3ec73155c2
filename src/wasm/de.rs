//! A strict serde [`Deserializer`](serde::Deserializer) over a `JsValue`.
//!
//! `serde_wasm_bindgen`'s deserializer reads only the fields a struct knows (so unknown keys,
//! typos included, are silently ignored) and reads them with `in`, which walks the prototype
//! chain. This one reads **own enumerable keys** (`Object.keys`), so `deny_unknown_fields`
//! works and `__proto__`/`constructor` keys are reported, never followed; it refuses arrays
//! where objects are expected and objects where arrays are expected; it hands numbers over as
//! they are (`NaN` and infinities included) so that the input types can say precisely what is
//! wrong with them; and it turns a throwing getter or Proxy trap into an error instead of a trap.

use core::fmt;

use crate::error::ErrorCode;

use js_sys::{Array, Object, Reflect};
use serde::de::{
    self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys(value)`, catching a throwing Proxy trap.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Longest array read (a claim's own limits are much lower; this bounds work before them).
const MAX_ARRAY_LEN: u32 = 1_000_000;
/// Largest integer a JS number represents exactly (2^53 − 1).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// A deserialization error: its [`ErrorCode`], set where serde reports it (an unknown field,
/// a missing one, an unknown variant, a wrong type), a message in plain language without Rust
/// type names, and where it happened.
///
/// The path is collected as the error travels out of each object value and array element,
/// innermost first, so no wrapper has to track it on the success path (this replaced
/// `serde_path_to_error` in the wasm build, where its generic wrappers were a quarter of the
/// module). It prints as `serde_path_to_error` does: `invoices[0].amount`, `[3].steps[1].kind`.
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

/// The deserializer over one JS value.
pub struct JsDeserializer {
    value: JsValue,
}

impl JsDeserializer {
    /// Reads `value`.
    pub fn new(value: JsValue) -> Self {
        JsDeserializer { value }
    }

    fn is_nullish(&self) -> bool {
        self.value.is_undefined() || self.value.is_null()
    }

    fn is_plain_object(&self) -> bool {
        self.value.is_object() && !Array::is_array(&self.value) && !self.value.is_function()
    }

    /// How the value looks, for "invalid type" messages.
    fn unexpected(&self) -> Unexpected<'_> {
        if self.is_nullish() {
            Unexpected::Unit
        } else if let Some(b) = self.value.as_bool() {
            Unexpected::Bool(b)
        } else if let Some(n) = self.value.as_f64() {
            Unexpected::Float(n)
        } else if self.value.is_string() {
            Unexpected::Other("a string")
        } else if Array::is_array(&self.value) {
            Unexpected::Seq
        } else if self.value.is_bigint() {
            Unexpected::Other("a BigInt")
        } else if self.value.is_function() {
            Unexpected::Other("a function")
        } else if self.value.is_symbol() {
            Unexpected::Other("a symbol")
        } else {
            Unexpected::Map
        }
    }

    fn map_access(self) -> Result<ObjectAccess, DeError> {
        let keys = own_keys(&self.value).map_err(|_| {
            DeError::new("the object's keys could not be read (a Proxy trap threw)")
        })?;
        let object: Object = self.value.unchecked_into();
        Ok(ObjectAccess {
            object,
            keys,
            index: 0,
            key: JsValue::UNDEFINED,
            value: None,
        })
    }

    fn seq_access(self) -> Result<ArrayAccess, DeError> {
        let len = Reflect::get(&self.value, &JsValue::from_str("length"))
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or_else(|| DeError::new("the array's length could not be read"))?;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let len = if len > f64::from(MAX_ARRAY_LEN) {
            u32::MAX
        } else {
            len as u32
        };
        let array: Array = self.value.unchecked_into();
        if len > MAX_ARRAY_LEN {
            return Err(DeError::new(format!(
                "invalid length {len}, expected at most {MAX_ARRAY_LEN} elements"
            )));
        }
        Ok(ArrayAccess {
            array,
            index: 0,
            len,
        })
    }
}

impl<'de> de::Deserializer<'de> for JsDeserializer {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else if let Some(b) = self.value.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = self.value.as_f64() {
            visit_number(n, visitor)
        } else if let Some(s) = self.value.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&self.value) {
            let access = self.seq_access()?;
            visitor.visit_seq(access)
        } else if self.is_plain_object() {
            let access = self.map_access()?;
            visitor.visit_map(access)
        } else {
            Err(de::Error::invalid_type(self.unexpected(), &visitor))
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.value.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.value.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if Array::is_array(&self.value) {
            let access = self.seq_access()?;
            visitor.visit_seq(access)
        } else {
            Err(de::Error::invalid_type(self.unexpected(), &visitor))
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_plain_object() {
            let access = self.map_access()?;
            visitor.visit_map(access)
        } else {
            Err(de::Error::invalid_type(self.unexpected(), &visitor))
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
        match self.value.as_string() {
            Some(s) => visitor.visit_enum(s.into_deserializer()),
            None => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
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
/// infinities, huge values) as `f64`, for the input types to judge.
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

/// Own enumerable string keys of an object, read one by one.
struct ObjectAccess {
    object: Object,
    keys: Array,
    index: u32,
    /// The key whose value is read next (kept as a JS string: made a Rust one only for errors).
    key: JsValue,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for ObjectAccess {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        if self.index >= self.keys.length() {
            return Ok(None);
        }
        let key = Reflect::get_u32(&self.keys, self.index).unwrap_or(JsValue::UNDEFINED);
        self.index = self.index.saturating_add(1);
        let value = Reflect::get(&self.object, &key)
            .map_err(|_| DeError::new("a property getter threw while the input was read"))?;
        self.value = Some(value);
        let name = key.as_string().unwrap_or_default();
        self.key = key;
        seed.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let value = self.value.take().unwrap_or(JsValue::UNDEFINED);
        seed.deserialize(JsDeserializer::new(value))
            .map_err(|e| e.in_segment(Segment::Key(self.key.as_string().unwrap_or_default())))
    }

    fn size_hint(&self) -> Option<usize> {
        usize::try_from(self.keys.length().saturating_sub(self.index)).ok()
    }
}

/// The elements of an array, by index.
struct ArrayAccess {
    array: Array,
    index: u32,
    len: u32,
}

impl<'de> SeqAccess<'de> for ArrayAccess {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        if self.index >= self.len {
            return Ok(None);
        }
        let index = self.index;
        let value = Reflect::get_u32(&self.array, index)
            .map_err(|_| DeError::new("an array element could not be read (a getter threw)"))?;
        self.index = index.saturating_add(1);
        seed.deserialize(JsDeserializer::new(value))
            .map(Some)
            .map_err(|e| e.in_segment(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        usize::try_from(self.len.saturating_sub(self.index)).ok()
    }
}
