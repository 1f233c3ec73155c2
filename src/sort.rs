//! Stable sorting in little code (issue 15, size).
//!
//! The standard library's `sort_by_key` is compiled anew, 3–8 KB of wasm, for every element
//! type and key it is used with: ten uses made 57 KB of the module (BENCHMARKS.md). Here one
//! non-generic merge sort orders the indices of the items ([`order`]); each use adds only its
//! key comparison and a move of the items into that order. The sort is stable, like
//! `sort_by_key`: equal keys keep their input order. The engine sorts short lists (a claim's
//! invoices, events, steps); the merge sort keeps a long one at n log n.

/// Sorts `items` by `key`, stably (what `items.sort_by_key(key)` does).
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let view: &[T] = items;
        order(view.len(), &mut |a, b| match (view.get(a), view.get(b)) {
            (Some(a), Some(b)) => key(b) < key(a),
            _ => false,
        })
    };
    if let Some(order) = order {
        permute(items, &order);
    }
}

/// Sorts `items` in their `Ord` order, stably (what `items.sort()` does).
pub(crate) fn sort<T: Ord>(items: &mut Vec<T>) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let view: &[T] = items;
        order(view.len(), &mut |a, b| match (view.get(a), view.get(b)) {
            (Some(a), Some(b)) => b < a,
            _ => false,
        })
    };
    if let Some(order) = order {
        permute(items, &order);
    }
}

/// The indices `0 … len - 1` in sorted order, `None` when that is their order already (the
/// engine's lists mostly are): `after.after(a, b)` ([`After`]) is true when item `a` must come after item `b`
/// (its key is greater); items that are not are kept in index order. A natural merge sort:
/// the stretches already in order (runs; a short one is lengthened to [`RUN`] items by
/// insertion) are merged pairwise until one is left, so that a list made of a few sorted lists
/// (a claim's payments, steps and invoices, each in date order) costs little more than a pass.
fn order(len: usize, after: &mut dyn After) -> Option<Vec<usize>> {
    let mut order: Vec<usize> = (0..len).collect();
    // Where each run ends (the first starts at 0).
    let mut ends = Vec::new();
    let mut reordered = false;
    let mut start = 0;
    while start < len {
        let mut end = start.saturating_add(1);
        while end < len && !after.after(end.saturating_sub(1), end) {
            end = end.saturating_add(1);
        }
        if end < len && end.saturating_sub(start) < RUN {
            end = start.saturating_add(RUN).min(len);
            if let Some(run) = order.get_mut(start..end) {
                insertion_sort(run, after);
                reordered = true;
            }
        }
        ends.push(end);
        start = end;
    }
    if ends.len() == 1 && !reordered {
        return None;
    }
    let mut merged = Vec::with_capacity(len);
    while ends.len() > 1 {
        merged.clear();
        let mut merged_ends = Vec::with_capacity(ends.len().div_ceil(2));
        let mut start = 0;
        for pair in ends.chunks(2) {
            let (middle, end) = match pair {
                [middle, end] => (*middle, *end),
                [end] => (*end, *end),
                _ => break,
            };
            let left = order.get(start..middle).unwrap_or(&[]);
            let right = order.get(middle..end).unwrap_or(&[]);
            merge(left, right, after, &mut merged);
            merged_ends.push(end);
            start = end;
        }
        core::mem::swap(&mut order, &mut merged);
        ends = merged_ends;
    }
    Some(order)
}

/// Whether item `a` must come after item `b` ([`order`]). A trait object of this one method,
/// not a `dyn FnMut`: that one's table also holds each closure's `call_once`, a second copy of
/// its code in the module.
trait After {
    fn after(&mut self, a: usize, b: usize) -> bool;
}

impl<F: FnMut(usize, usize) -> bool> After for F {
    fn after(&mut self, a: usize, b: usize) -> bool {
        self(a, b)
    }
}

/// A run shorter than this is lengthened to this many items by insertion.
const RUN: usize = 8;

/// Sorts `run` (indices) by insertion: an index moves before those it does not come after.
fn insertion_sort(run: &mut [usize], after: &mut dyn After) {
    for end in 1..run.len() {
        let mut at = end;
        while at > 0 {
            let (Some(&previous), Some(&current)) = (run.get(at.saturating_sub(1)), run.get(at))
            else {
                break;
            };
            if !after.after(previous, current) {
                break;
            }
            run.swap(at.saturating_sub(1), at);
            at = at.saturating_sub(1);
        }
    }
}

/// Appends the sorted runs `left` and `right` merged to `out`; on equal keys `left` first.
fn merge(left: &[usize], right: &[usize], after: &mut dyn After, out: &mut Vec<usize>) {
    let (mut left, mut right) = (left.iter().peekable(), right.iter().peekable());
    loop {
        let next = match (left.peek(), right.peek()) {
            (Some(&&l), Some(&&r)) => {
                if after.after(l, r) {
                    right.next()
                } else {
                    left.next()
                }
            }
            (Some(_), None) => left.next(),
            (None, Some(_)) => right.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
}

/// Moves `items` into `order` (a permutation of their indices).
fn permute<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same order as the standard library's stable sort, on every length up to 70 and on
    /// keys with many ties (which stability decides).
    #[test]
    fn sorts_as_the_standard_library_does() {
        let mut seed = 0x9e37_79b9_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for len in 0..70 {
            for distinct in [1, 2, 3, 10, 1000] {
                let items: Vec<(u32, usize)> = (0..len).map(|i| (next() % distinct, i)).collect();
                let mut expected = items.clone();
                expected.sort_by_key(|p| p.0);
                let mut ours = items.clone();
                sort_by_key(&mut ours, |p| p.0);
                assert_eq!(ours, expected, "len {len}, {distinct} keys");
                let mut expected = items.clone();
                expected.sort();
                let mut ours = items;
                sort(&mut ours);
                assert_eq!(ours, expected);
            }
        }
    }

    /// A long list (merged many times) in reverse and in a saw-tooth.
    #[test]
    fn sorts_long_lists() {
        let mut items: Vec<usize> = (0..5000).rev().collect();
        sort(&mut items);
        assert!(items.iter().copied().eq(0..5000));
        let mut saw: Vec<(usize, usize)> = (0..5000).map(|i| (i % 37, i)).collect();
        let mut expected = saw.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut saw, |p| p.0);
        assert_eq!(saw, expected);
        // Sorted lists one after the other (natural runs of every length), keys shared across
        // them: stability decides between the lists.
        for lists in [1usize, 2, 3, 7, 40] {
            let mut runs: Vec<(usize, usize)> = (0..lists)
                .flat_map(|l| (0..(l * 13) % 50 + 1).map(move |k| (k * (l + 1) / 3, l)))
                .collect();
            let mut expected = runs.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut runs, |p| p.0);
            assert_eq!(runs, expected, "{lists} lists");
        }
    }
}
