//! When an underlying service is not ready, drive it to readiness on a
//! background task.

pub mod future;
mod layer;
mod service;

pub use self::layer::SpawnReadyLayer;
pub use self::service::SpawnReady;
