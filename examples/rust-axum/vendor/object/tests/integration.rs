mod build;
mod read;
mod round_trip;
