package eu.viaduc.matchmaking.ranking.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.OfferTable;
import eu.viaduc.matchmaking.ranking.model.Ranking;

/**
 * Every organisation of matchmaking's read model held in memory, found by competence and keyword, with its
 * offers' words: at 100,000 organisations one competence family gives tens of thousands of candidates, and
 * reading them from PostgreSQL for each ranking cost far more than scoring them.
 * <p>
 * PostgreSQL stays the truth. Triggers note each organisation whose profile or memberships change, with the
 * transaction that changed it ({@code matching_change}); before answering, the index reloads the
 * organisations changed by transactions it may not have seen: those from the oldest transaction still running
 * when it last looked. A ranking therefore sees every change committed before it began, on every instance.
 */
@ApplicationScoped
public class CandidateIndex {

    /**
     * Above this share of the index changed, one pass over all organisations is quicker than looking each up;
     * below it, the changed ones are read by id, so that an import's steady flow of changes costs in proportion
     * to the changes, not to the whole read model at every catch-up.
     */
    private static final double RELOAD_ALL_ABOVE_SHARE = 0.5;
    /** Read by id at most this many at a time (one statement each). */
    private static final int LOOKED_UP_AT_ONCE = 5_000;

    private final MatchingData data;
    private final Map<UUID, Entry> byId = new ConcurrentHashMap<>();
    /** The entries found by each key, held directly: a ranking walks tens of thousands of them. */
    private final Map<String, Map<UUID, Entry>> byKey = new ConcurrentHashMap<>();
    /**
     * The slots of each key's entries, in order, made when a ranking first asks for a key and dropped when the
     * key's entries change: a ranking walks numbers in an array, not a map's nodes and entries.
     */
    private final Map<String, int[]> slotsByKey = new ConcurrentHashMap<>();
    /**
     * The slots of the entries holding each word, made when a ranking first asks for the word and dropped
     * when an entry with the word changes: counting the words each organisation shares with a need then
     * reads a few arrays in order instead of every candidate's words.
     */
    private final Map<Integer, int[]> slotsByWord = new ConcurrentHashMap<>();
    /** The entry in each slot (null once removed). */
    private volatile AtomicReferenceArray<Entry> bySlot = new AtomicReferenceArray<>(1024);
    /** What scoring reads of each slot's offer, by column: the row of an entry is its slot. */
    private final OfferTable table = new OfferTable(1024);
    /**
     * Entries and rows change under the write lock; a ranking reads them under the read lock, so that the
     * rows it scores are the entries it explains, and no row changes while it is read.
     */
    private final ReentrantReadWriteLock rows = new ReentrantReadWriteLock();
    /** Organisations removed, with the notes of their changes then: not reloaded again for them. */
    private final Map<UUID, String> removedIn = new ConcurrentHashMap<>();
    /** The same texts (competences, codes) repeat across organisations: kept once. */
    private final Map<String, String> texts = new HashMap<>();
    /** Each distinct word of the offers gets a number: an organisation's words are a short array of them. */
    private final Map<String, Integer> wordNumbers = new ConcurrentHashMap<>();
    private volatile String[] wordsByNumber = new String[1024];
    /** Each organisation gets a slot, so that a ranking can mark those it has met in an array. */
    private volatile int nextSlot;
    /** Changes by transactions from this one on may not have been seen; negative: nothing loaded yet. */
    private long unseenFrom = -1;

    /** {@code noted}: the notes of the organisation's changes when it was loaded ({@link MatchingData#changesFrom}). */
    private record Entry(int slot, Offer offer, List<String> keys, int[] words, String noted) {
    }

    @Inject
    public CandidateIndex(MatchingData data) {
        this.data = data;
    }

    /**
     * Runs {@code work} with no change to the index meanwhile: what a ranking does from finding its
     * candidates to explaining its page (the candidates' rows are read in place, not copied).
     */
    public <T> T whileUnchanged(Supplier<T> work) {
        rows.readLock().lock();
        try {
            return work.get();
        } finally {
            rows.readLock().unlock();
        }
    }

    /**
     * As of the last {@link #catchUp()}: organisations other than {@code excluded} found by one of the keys (a
     * competence, or a keyword in lower case), each with the words its offers share with {@code needWords}
     * (stemmed, as the opportunity's). Their rows are scored in place: score them within {@link #whileUnchanged}.
     */
    public Candidates candidates(Collection<String> keys, UUID excluded, Collection<String> needWords) {
        return whileUnchanged(() -> find(keys, excluded, needWords));
    }

    private Candidates find(Collection<String> keys, UUID excluded, Collection<String> needWords) {
        String[] words = wordsByNumber;
        Set<Integer> askedNumbers = new HashSet<>();
        for (String word : needWords) {
            Integer number = wordNumbers.get(word);
            if (number != null && number < words.length) {
                askedNumbers.add(number);
            }
        }
        AtomicReferenceArray<Entry> entries = bySlot;
        Map<Integer, int[]> postings = postingsOf(askedNumbers);
        int[] shared = new int[entries.length()];
        for (int[] slots : postings.values()) {
            for (int slot : slots) {
                if (slot < shared.length) {
                    shared[slot]++;
                }
            }
        }
        boolean[] met = new boolean[Math.min(nextSlot, entries.length())];
        int count = 0;
        for (String key : keys) {
            for (int slot : slotsByKey.computeIfAbsent(key, this::slotsOf)) {
                if (slot < met.length && !met[slot]) {
                    met[slot] = true;
                    count++;
                }
            }
        }
        Entry left = excluded == null ? null : byId.get(excluded);
        if (left != null && left.slot() < met.length && met[left.slot()]) {
            met[left.slot()] = false;
            count--;
        }
        // taken in the order of the slots: scoring then reads the table's columns forwards; an entry is
        // kept (not read: that is a cache miss) for when its candidate reaches the page
        Entry[] found = new Entry[count];
        int[] slots = new int[count];
        int[] sharedWords = new int[count];
        int size = 0;
        for (int slot = 0; slot < met.length; slot++) {
            if (met[slot]) {
                Entry entry = entries.get(slot);
                if (entry != null) {
                    found[size] = entry;
                    slots[size] = slot;
                    sharedWords[size] = shared[slot];
                    size++;
                }
            }
        }
        return new Candidates(fitted(found, size), table, fitted(slots, size), fitted(sharedWords, size), postings, words,
                needWords.size());
    }

    /** The first {@code size} elements: the array itself when it holds no more (an entry is seldom missing). */
    private static int[] fitted(int[] array, int size) {
        return size == array.length ? array : Arrays.copyOf(array, size);
    }

    private static Entry[] fitted(Entry[] array, int size) {
        return size == array.length ? array : Arrays.copyOf(array, size);
    }

    /** Candidates found, for {@link Ranking}: what scoring reads is counted, not made, for each of them. */
    public static final class Candidates implements Ranking.Candidates {

        private final Entry[] entries;
        private final OfferTable table;
        /** The slot of each candidate, which is its row in the table. */
        private final int[] slots;
        private final int[] sharedWords;
        /** The postings the counts were made from: the words shown are the words counted, whatever changes meanwhile. */
        private final Map<Integer, int[]> postings;
        private final String[] words;
        private final int needWords;

        private Candidates(Entry[] entries, OfferTable table, int[] slots, int[] sharedWords,
                Map<Integer, int[]> postings, String[] words, int needWords) {
            this.entries = entries;
            this.table = table;
            this.slots = slots;
            this.sharedWords = sharedWords;
            this.postings = postings;
            this.words = words;
            this.needWords = needWords;
        }

        @Override
        public int size() {
            return slots.length;
        }

        @Override
        public OfferTable table() {
            return table;
        }

        @Override
        public int row(int i) {
            return slots[i];
        }

        @Override
        public int sharedWords(int i) {
            return sharedWords[i];
        }

        @Override
        public int needWords() {
            return needWords;
        }

        /** The offer without the words it shares. */
        public Offer offer(int i) {
            return entries[i].offer();
        }

        @Override
        public Offer withSharedWords(int i) {
            Entry entry = entries[i];
            List<String> shared = new ArrayList<>();
            postings.forEach((number, slots) -> {
                if (Arrays.binarySearch(slots, entry.slot()) >= 0) {
                    shared.add(words[number]);
                }
            });
            shared.sort(null);
            return shared.isEmpty() ? entry.offer()
                    : entry.offer().withText(new Offer.TextOverlap(List.copyOf(shared), needWords));
        }

        public List<Offer> offers() {
            return IntStream.range(0, size()).mapToObj(this::withSharedWords).toList();
        }
    }

    /** As of the last {@link #catchUp()}: where each organisation is and its active clusters; unknown ones are left out. */
    public Map<UUID, MatchingData.Poster> posters(Collection<UUID> organisationIds) {
        Map<UUID, MatchingData.Poster> posters = new HashMap<>();
        for (UUID id : organisationIds) {
            Entry entry = byId.get(id);
            if (entry != null) {
                posters.put(id, new MatchingData.Poster(entry.offer().name(), entry.offer().place(), entry.offer().clusters()));
            }
        }
        return posters;
    }

    /** Keeps the index close to the database between rankings, so that a ranking seldom waits for a reload. */
    @Scheduled(every = "${viaduc.matching.index-catch-up:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpRegularly() {
        catchUp();
    }

    /**
     * Takes in every change committed before the call: loads everything the first time, then reloads the
     * organisations changed since it last looked (everything again when they are half of all or more).
     */
    public synchronized void catchUp() {
        long oldestRunning = data.oldestRunningTransaction();
        if (unseenFrom < 0) {
            data.indexable(null, this::put);
        } else {
            List<UUID> stale = new ArrayList<>();
            Map<UUID, String> changes = data.changesFrom(unseenFrom);
            changes.forEach((id, noted) -> {
                Entry entry = byId.get(id);
                String known = entry != null ? entry.noted() : removedIn.getOrDefault(id, "");
                if (!known.equals(noted)) {
                    stale.add(id);
                }
            });
            if (stale.size() > RELOAD_ALL_ABOVE_SHARE * byId.size()) {
                Set<UUID> gone = new HashSet<>(byId.keySet());
                data.indexable(null, row -> {
                    gone.remove(row.offer().id());
                    put(row);
                });
                gone.forEach(id -> remove(id, changes.getOrDefault(id, "")));
            } else if (!stale.isEmpty()) {
                Set<UUID> gone = new HashSet<>(stale);
                for (int from = 0; from < stale.size(); from += LOOKED_UP_AT_ONCE) {
                    data.indexable(stale.subList(from, Math.min(from + LOOKED_UP_AT_ONCE, stale.size())), row -> {
                        gone.remove(row.offer().id());
                        put(row);
                    });
                }
                gone.forEach(id -> remove(id, changes.get(id)));
            }
        }
        unseenFrom = oldestRunning;
    }

    private void put(MatchingData.Indexable row) {
        rows.writeLock().lock();
        try {
            putUnchecked(row);
        } finally {
            rows.writeLock().unlock();
        }
    }

    private void putUnchecked(MatchingData.Indexable row) {
        Offer offer = row.offer();
        removedIn.remove(offer.id());
        Entry previous = byId.get(offer.id());
        List<String> keys = row.keys().stream().map(this::shared).toList();
        int[] words = row.words().stream().sorted().mapToInt(this::numberOf).toArray();
        Entry entry = new Entry(previous != null ? previous.slot() : nextSlot++, compact(offer), keys, words, row.noted());
        forgetPostings(previous);
        forgetPostings(entry);
        byId.put(offer.id(), entry);
        table.set(entry.slot(), entry.offer().facts());
        inSlot(entry.slot(), entry);
        if (previous != null) {
            previous.keys().stream().filter(key -> !keys.contains(key)).forEach(key -> unindex(key, offer.id()));
        }
        keys.forEach(key -> {
            byKey.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(offer.id(), entry);
            slotsByKey.remove(key);
        });
    }

    private int numberOf(String word) {
        return wordNumbers.computeIfAbsent(word, w -> {
            int number = wordNumbers.size();
            if (number == wordsByNumber.length) {
                wordsByNumber = Arrays.copyOf(wordsByNumber, 2 * number);
            }
            wordsByNumber[number] = w;
            return number;
        });
    }

    private void remove(UUID id, String noted) {
        rows.writeLock().lock();
        try {
            removeUnchecked(id, noted);
        } finally {
            rows.writeLock().unlock();
        }
    }

    private void removeUnchecked(UUID id, String noted) {
        Entry previous = byId.remove(id);
        if (previous != null) {
            previous.keys().forEach(key -> unindex(key, id));
            forgetPostings(previous);
            inSlot(previous.slot(), null);
        }
        removedIn.put(id, noted);
    }

    private void unindex(String key, UUID id) {
        byKey.computeIfPresent(key, (k, entries) -> {
            entries.remove(id);
            return entries.isEmpty() ? null : entries;
        });
        slotsByKey.remove(key);
    }

    private void forgetPostings(Entry entry) {
        if (entry != null && !slotsByWord.isEmpty()) {
            for (int word : entry.words()) {
                slotsByWord.remove(word);
            }
        }
    }

    /** The slots holding each of the words. */
    private Map<Integer, int[]> postingsOf(Set<Integer> words) {
        Map<Integer, int[]> postings = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int word : words) {
            int[] found = slotsByWord.get(word);
            if (found == null) {
                missing.add(word);
            } else {
                postings.put(word, found);
            }
        }
        if (!missing.isEmpty()) {
            postings.putAll(makePostings(missing));
        }
        return postings;
    }

    /** One pass over the entries for all the words missing (under the read lock: no entry changes meanwhile). */
    private Map<Integer, int[]> makePostings(List<Integer> missing) {
        Map<Integer, IntStream.Builder> made = new HashMap<>();
        missing.forEach(word -> made.put(word, IntStream.builder()));
        AtomicReferenceArray<Entry> entries = bySlot;
        for (int slot = 0; slot < entries.length(); slot++) {
            Entry entry = entries.get(slot);
            if (entry != null) {
                for (int word : entry.words()) {
                    IntStream.Builder slots = made.get(word);
                    if (slots != null) {
                        slots.add(slot);
                    }
                }
            }
        }
        Map<Integer, int[]> postings = new HashMap<>();
        made.forEach((word, slots) -> postings.put(word, slots.build().toArray()));
        slotsByWord.putAll(postings);
        return postings;
    }

    private int[] slotsOf(String key) {
        return byKey.getOrDefault(key, Map.of()).values().stream().mapToInt(Entry::slot).sorted().toArray();
    }

    /** Called under the write lock: a larger array is filled before it replaces the old one. */
    private void inSlot(int slot, Entry entry) {
        AtomicReferenceArray<Entry> entries = bySlot;
        if (slot >= entries.length()) {
            AtomicReferenceArray<Entry> larger = new AtomicReferenceArray<>(Math.max(2 * entries.length(), slot + 1));
            for (int i = 0; i < entries.length(); i++) {
                larger.set(i, entries.get(i));
            }
            entries = larger;
            bySlot = larger;
        }
        entries.set(slot, entry);
    }


    /** The offer with its repeated texts shared with the other organisations'. */
    private Offer compact(Offer offer) {
        Need.Place place = offer.place();
        return new Offer(offer.id(), offer.name(), new Need.Place(shared(place.country()), shared(place.nutsRegion()),
                place.latitude(), place.longitude()), shared(offer.sizeBand()), offer.competences().stream().map(this::shared).toList(),
                offer.keywords().stream().map(this::shared).toList(), offer.describesOffers(),
                offer.naceCodes().stream().map(this::shared).toList(), offer.clusters(), offer.changedAt(), offer.wordCount(), null);
    }

    private String shared(String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    /** How many organisations the index holds (for the benchmark's figures). */
    public int size() {
        return byId.size();
    }
}
