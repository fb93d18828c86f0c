package dev.migrator.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use of one run, above a baseline taken right after {@link System#gc()}. Two numbers:
 * the peak of heap in use (garbage included, so it mostly shows how far the young
 * generation was allowed to fill), and the largest heap still live after any collection
 * during the run, which is what grows when a reader holds on to more than it should.
 */
final class HeapMeter implements NotificationListener {

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.toList();

	private final AtomicLong maxLiveAfterGc = new AtomicLong();

	private long baseline;

	HeapMeter() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(this, null, null);
		}
	}

	void start() {
		System.gc();
		this.baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		this.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		this.maxLiveAfterGc.set(0);
	}

	/** Peak heap in use during the run, above the baseline, in bytes. */
	long peakUsed() {
		return Math.max(0, this.heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum()
				- this.baseline);
	}

	/** The most heap found live after a collection during the run, above the baseline, in bytes. */
	long maxLiveAfterGc() {
		return Math.max(0, this.maxLiveAfterGc.get() - this.baseline);
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long live = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter((entry) -> isHeapPool(entry.getKey()))
				.map(Map.Entry::getValue)
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			this.maxLiveAfterGc.accumulateAndGet(live, Math::max);
		}
	}

	private boolean isHeapPool(String name) {
		return this.heapPools.stream().anyMatch((pool) -> pool.getName().equals(name));
	}

}
