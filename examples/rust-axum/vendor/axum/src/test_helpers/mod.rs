#![allow(clippy::disallowed_names)]

use crate::{extract::Request, response::Response};

#[cfg(all(feature = "tokio", any(feature = "http1", feature = "http2")))]
use crate::serve;

#[cfg(all(feature = "tokio", any(feature = "http1", feature = "http2")))]
mod test_client;
#[cfg(all(feature = "tokio", any(feature = "http1", feature = "http2")))]
pub(crate) use self::test_client::*;

pub(crate) mod tracing_helpers;

pub(crate) mod counting_cloneable_state;

pub(crate) fn assert_send<T: Send>() {}
pub(crate) fn assert_sync<T: Sync>() {}

#[allow(dead_code)]
pub(crate) struct NotSendSync(*const ());
