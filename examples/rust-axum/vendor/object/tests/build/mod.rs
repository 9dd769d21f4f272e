#![cfg(feature = "build")]

mod elf;
