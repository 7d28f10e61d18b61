//! The cells of an item's fields, serialized straight from the item (no JSON value built):
//! strings as they are, numbers and booleans as in JSON, null or absent as an empty cell,
//! lists and objects as compact JSON.

use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};
use std::fmt;

/// The cells of `fields` of `item` (a struct), in the order of `fields`.
pub(super) fn of(item: &impl Serialize, fields: &[&str]) -> Vec<String> {
    let mut row = Row {
        fields,
        cells: vec![String::new(); fields.len()],
        next: 0,
    };
    item.serialize(&mut row).expect("a struct");
    row.cells
}

/// Why a value is not one cell as it stands.
#[derive(Debug)]
enum NotPlain {
    /// A list, a map or a struct: written as compact JSON.
    Compound,
    /// What serde reports.
    Custom(String),
}

impl fmt::Display for NotPlain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotPlain::Compound => f.write_str("a compound value"),
            NotPlain::Custom(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for NotPlain {}

impl ser::Error for NotPlain {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        NotPlain::Custom(msg.to_string())
    }
}

/// The cells of one struct, by field name.
struct Row<'a> {
    fields: &'a [&'a str],
    cells: Vec<String>,
    /// The field after the last one found: the tables list their fields in the order the
    /// items serialize them, so it is tried first, before the whole list is searched.
    next: usize,
}

impl Row<'_> {
    /// The index of the field named `key`, if the row has it.
    fn field(&mut self, key: &str) -> Option<usize> {
        let i = match self.fields.get(self.next) {
            Some(f) if *f == key => self.next,
            _ => self.fields.iter().position(|f| *f == key)?,
        };
        self.next = i + 1;
        Some(i)
    }
}

impl SerializeStruct for &mut Row<'_> {
    type Ok = ();
    type Error = NotPlain;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotPlain> {
        if let Some(i) = self.field(key) {
            self.cells[i] = match value.serialize(Cell) {
                Err(NotPlain::Compound) => serde_json::to_string(value).expect("serializable"),
                other => other?,
            };
        }
        Ok(())
    }

    fn end(self) -> Result<(), NotPlain> {
        Ok(())
    }
}

/// Methods of a serializer that refuse what they are given.
macro_rules! refuse {
    ($err:expr; $($name:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $name(self, $(_: $arg),*) -> Result<$ok, NotPlain> {
            Err($err)
        })*
    };
}

/// What a row accepts: a struct (what every table's items are).
impl<'a, 'b> Serializer for &'a mut Row<'b> {
    type Ok = ();
    type Error = NotPlain;
    type SerializeSeq = Impossible<(), NotPlain>;
    type SerializeTuple = Impossible<(), NotPlain>;
    type SerializeTupleStruct = Impossible<(), NotPlain>;
    type SerializeTupleVariant = Impossible<(), NotPlain>;
    type SerializeMap = Impossible<(), NotPlain>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), NotPlain>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, NotPlain> {
        Ok(self)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), NotPlain> {
        Err(NotPlain::Compound)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotPlain> {
        Err(NotPlain::Compound)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotPlain> {
        Err(NotPlain::Compound)
    }

    refuse! { NotPlain::Compound;
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> (); serialize_i16(i16) -> (); serialize_i32(i32) -> ();
        serialize_i64(i64) -> (); serialize_u8(u8) -> (); serialize_u16(u16) -> ();
        serialize_u32(u32) -> (); serialize_u64(u64) -> ();
        serialize_f32(f32) -> (); serialize_f64(f64) -> ();
        serialize_char(char) -> (); serialize_str(&str) -> (); serialize_bytes(&[u8]) -> ();
        serialize_none() -> (); serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }
}

/// Methods of a serializer that write a plain value as its JSON text.
macro_rules! as_json {
    ($($name:ident($arg:ty);)*) => {
        $(fn $name(self, v: $arg) -> Result<String, NotPlain> {
            json(v)
        })*
    };
}

/// One field's value as a cell; a compound value is refused, for compact JSON instead.
struct Cell;

/// A number or other plain value as its JSON text.
fn json(value: impl Serialize) -> Result<String, NotPlain> {
    Ok(serde_json::to_string(&value).expect("serializable"))
}

impl Serializer for Cell {
    type Ok = String;
    type Error = NotPlain;
    type SerializeSeq = Impossible<String, NotPlain>;
    type SerializeTuple = Impossible<String, NotPlain>;
    type SerializeTupleStruct = Impossible<String, NotPlain>;
    type SerializeTupleVariant = Impossible<String, NotPlain>;
    type SerializeMap = Impossible<String, NotPlain>;
    type SerializeStruct = Impossible<String, NotPlain>;
    type SerializeStructVariant = Impossible<String, NotPlain>;

    as_json! {
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
        serialize_i64(i64); serialize_u8(u8); serialize_u16(u16); serialize_u32(u32);
        serialize_u64(u64);
    }
    /// A float that is not finite is null in JSON: an empty cell.
    fn serialize_f32(self, v: f32) -> Result<String, NotPlain> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<String, NotPlain> {
        match v.is_finite() {
            true => json(v),
            false => Ok(String::new()),
        }
    }
    fn serialize_char(self, v: char) -> Result<String, NotPlain> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, NotPlain> {
        Ok(v.to_string())
    }
    fn serialize_none(self) -> Result<String, NotPlain> {
        Ok(String::new())
    }
    fn serialize_unit(self) -> Result<String, NotPlain> {
        Ok(String::new())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, NotPlain> {
        Ok(String::new())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, NotPlain> {
        Ok(variant.to_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<String, NotPlain> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, NotPlain> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, NotPlain> {
        Err(NotPlain::Compound)
    }

    refuse! { NotPlain::Compound;
        serialize_bytes(&[u8]) -> String;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    #[derive(Serialize)]
    struct Item {
        name: &'static str,
        value: f64,
        none: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        absent: Option<u32>,
        kind: Kind,
        list: Vec<&'static str>,
        pair: [usize; 2],
        flag: bool,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        PercentagePoint,
    }

    #[test]
    fn cells_are_what_the_json_value_of_each_field_gives() {
        let item = Item {
            name: "a,\"b\"",
            value: 0.1 + 0.2,
            none: None,
            absent: None,
            kind: Kind::PercentagePoint,
            list: vec!["x", "y\""],
            pair: [3, 4],
            flag: true,
        };
        let fields = [
            "flag", "pair", "list", "kind", "absent", "none", "value", "name", "other",
        ];
        let expected = from_json(&item, &fields);
        assert_eq!(of(&item, &fields), expected);
        assert_eq!(expected[1], json!([3, 4]).to_string());
        assert_eq!(expected[3], "percentage_point");
        // In the order the item serializes them (the tables' order), a skipped one between.
        let in_order = ["name", "value", "none", "absent", "kind", "list", "flag"];
        assert_eq!(of(&item, &in_order), from_json(&item, &in_order));
    }

    /// The cells of `fields` as the item's JSON value has them.
    fn from_json(item: &Item, fields: &[&str]) -> Vec<String> {
        let value = serde_json::to_value(item).unwrap();
        fields
            .iter()
            .map(|f| match value.get(f) {
                None | Some(serde_json::Value::Null) => String::new(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            })
            .collect()
    }
}
