#![cfg(feature = "read")]

mod coff;
mod elf;
mod macho;
