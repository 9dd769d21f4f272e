#![allow(missing_docs)]

pub(crate) mod exec;
#[cfg(feature = "client")]
mod lazy;
pub(crate) mod rewind;
#[cfg(feature = "client")]
mod sync;
pub(crate) mod timer;

#[cfg(feature = "client")]
pub(crate) use exec::Exec;

#[cfg(feature = "client")]
pub(crate) use lazy::{lazy, Started as Lazy};
#[cfg(feature = "client")]
pub(crate) use sync::SyncWrapper;
