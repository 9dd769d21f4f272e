s! {
    pub struct stat {
        pub st_dev: crate::dev_t,
        #[cfg(not(gnu_time64_abi))]
        _pad1: i32,
        pub st_ino: crate::ino_t,
        pub st_mode: crate::mode_t,
        pub st_nlink: crate::nlink_t,
        pub st_uid: crate::uid_t,
        pub st_gid: crate::gid_t,
        pub st_rdev: crate::dev_t,
        #[cfg(not(gnu_time64_abi))]
        __pad2: i32,
        pub st_size: crate::off_t,
        pub st_blksize: crate::blksize_t,
        pub st_blocks: crate::blkcnt_t,
        pub st_atime: crate::time_t,
        pub st_atime_nsec: crate::c_long,
        #[cfg(gnu_time64_abi)]
        __pad3: i32,
        pub st_mtime: crate::time_t,
        pub st_mtime_nsec: crate::c_long,
        #[cfg(gnu_time64_abi)]
        __pad4: i32,
        pub st_ctime: crate::time_t,
        pub st_ctime_nsec: crate::c_long,
        #[cfg(gnu_time64_abi)]
        __pad5: i32,
        #[cfg(not(gnu_time64_abi))]
        __unused4: crate::c_long,
        #[cfg(not(gnu_time64_abi))]
        __unused5: crate::c_long,
    }
}
