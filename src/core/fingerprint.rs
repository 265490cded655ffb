//! Short fingerprints of texts: FNV-1a over their bytes, stable across builds and
//! machines, for ids and for remembering a text without keeping it.

/// The 64-bit FNV-1a hash of `text`.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn is_fnv_1a() {
        // The published FNV-1a 64-bit values of "" and "a".
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
