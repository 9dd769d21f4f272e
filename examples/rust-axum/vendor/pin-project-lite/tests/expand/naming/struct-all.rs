use pin_project_lite::pin_project;

pin_project! {
    #[project = StructProj]
    #[project_ref = StructProjRef]
    #[project_replace = StructProjReplace]
    struct Struct<T, U> {
        #[pin]
        pinned: T,
        unpinned: U,
    }
}

fn main() {}
