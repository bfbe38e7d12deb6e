"""The windows of a land-cover raster counted at scale: the unit of work (:class:`WindowJob`,
:func:`count_window`), the GDAL datasets the calling process's threads keep open for a call and release after
it, the worker processes' state, EcoComp's own bounded thread pool (:func:`ordered_map`) and the dask back end
(local threads or processes, a caller's process pool, or a dask.distributed cluster).

Whichever runs the windows, each returns its counts as plain values and the caller adds them up in window order
(counting.zonal_class_areas), so the counts and the areas are the same, bit for bit (docs/scaling.md).
"""

import collections
import contextlib
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from . import raster
from .counting import _count_strip, _reaching, _Scratch
from .raster import CACHE_BYTES, GeoTransform, _cache_limit, _open, _read_rows


def ordered_map(function, items, workers, in_flight=None):
    """``function(item)`` for each item, yielded in order, computed by ``workers`` threads.

    At most ``in_flight`` (default ``workers`` + 1) items are submitted and
    not yet consumed at any time — ThreadPoolExecutor.map would submit them
    all at once and keep every result until it is consumed. Use it with
    ``contextlib.closing`` so that items not yet started are cancelled when
    the consumer stops early.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    in_flight = max(1, in_flight or workers + 1)
    pending = collections.deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                if len(pending) >= in_flight:
                    yield pending.popleft().result()
                pending.append(pool.submit(function, item))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


class WindowJob(collections.namedtuple("WindowJob", "path band dtype offset width height strip part tile_row "
                                                   "windows shapes transform base geographic ellipsoid token "
                                                   "cache_bytes", defaults=(CACHE_BYTES,))):
    """What :func:`count_window` needs to count one window of a raster: plain values, so the job pickles to the
    worker processes of a dask cluster. A window is ``strip`` rows, read and counted ``part`` rows at a time;
    ``tile_row``: bytes of one row of the raster's tiles; ``cache_bytes``: the GDAL block cache a worker process
    keeps while it counts (raised to hold the tile rows its threads read at once: see
    :func:`bounded_gdal_cache`). ``token`` names the call (:func:`job_token`)."""


_HANDLES = {}  # (thread, job token) → (dataset, band, rasteriser, scratch) in the calling process (GDAL's objects
# are not shared between threads)
_PROCESS = [uuid.uuid4().hex]  # this process, in the job's token: a worker process (another id) is not the caller
if hasattr(os, "register_at_fork"):  # a forked child is another process: ids and process ids repeat across machines
    os.register_at_fork(after_in_child=lambda: _PROCESS.__setitem__(0, uuid.uuid4().hex))
_handles_lock = threading.Lock()
_released = collections.deque(maxlen=64)  # tokens of the latest calls that have ended (their handles released)
_WORKER = threading.local()  # a worker process's thread: its scratch arrays, reused from window to window
_worker_state = {"threads": 0, "cache": None}  # a worker process: threads counting windows, GDAL's own cache limit


def job_token(path):
    """The token of a new call in this process, for a :class:`WindowJob` of the raster at ``path``: this
    process's id, the call's own id and the path.

    :func:`count_window` keeps the datasets it opens for a call's windows in this process (one per thread) until
    :func:`release_job`; another process (a worker) opens the raster for each window and closes it after.
    """
    return "{}-{}-{}".format(_PROCESS[0], uuid.uuid4().hex, path)


def _release(token):
    with _handles_lock:
        _released.append(token)
        for key in [key for key in _HANDLES if key[1] == token]:
            _HANDLES.pop(key, None)


def release_job(job):
    """Close the GDAL datasets this process's threads hold open for ``job``'s call, now and for good: a window of
    the call counted later opens the raster for itself and closes it after. zonal_class_areas does so at the
    end of every call (on failure too); a caller running :func:`count_window` itself does so when it is done."""
    _release(job.token)


def open_handles():
    """How many GDAL datasets the calling process still holds open for calls' windows (one per thread and call
    until the call ends): 0 once every call has returned, whatever it did."""
    with _handles_lock:
        return len(_HANDLES)


def count_window(job, start):
    """The unit of work: pixel counts and areas by class code of every polygon within the raster rows
    start … start + strip (one window) — [(polygon, class codes, counts, areas m²)], listed part after part
    (``job.part`` rows each) in polygon order.

    In the calling process (EcoComp's threads, dask's threads) each thread opens the raster once per job; the
    handles are released at the end of the call (:func:`release_job`). Another process (dask's local processes,
    a cluster's workers, which may outlive the call) opens the raster for the window and closes it after: no file
    stays open in a worker once the call has returned; it keeps only its scratch arrays (the size of one
    window's arrays, ≈ 100 MB for 16-million-pixel windows) for the next window, and bounds its GDAL block
    cache at ``job.cache_bytes`` (or the tile rows its threads read at once, when larger), never above GDAL's own
    limit as the process found it. The masks are drawn by ``landcover.Rasterizer`` as the package names it.
    """
    from . import Rasterizer  # as the package names it now (a stand-in may be put there)

    if job.token.split("-")[0] == _PROCESS[0]:
        key = (threading.get_ident(), job.token)
        handle = _HANDLES.get(key)
        if handle is None:
            dataset, scratch = _open(job.path), _Scratch()
            handle = (dataset, dataset.GetRasterBand(job.band), Rasterizer(job.shapes, scratch), scratch)
            with _handles_lock:
                if job.token not in _released:  # a window still running after its call ended (another one failed)
                    _HANDLES[key] = handle       # must not leave the raster open: it closes with this window
        return _count_window(job, start, *handle[1:])
    from osgeo import gdal

    with raster._cache_lock:
        if getattr(_WORKER, "scratch", None) is None:
            _WORKER.scratch = _Scratch()
            _worker_state["threads"] += 1
        if _worker_state["cache"] is None:  # GDAL's own limit (a forked worker inherits the caller's, maybe lowered)
            _worker_state["cache"] = raster._gdal_own_cache_limit()
        # a worker process's GDAL block cache bounded too, as in the caller: the tile rows its threads read at once
        gdal.SetCacheMax(min(_worker_state["cache"],
                             _cache_limit(job.tile_row, _worker_state["threads"], job.cache_bytes)))
    dataset = _open(job.path)
    try:
        with _heap_reuse():
            return _count_window(job, start, dataset.GetRasterBand(job.band), Rasterizer(job.shapes, _WORKER.scratch),
                                 _WORKER.scratch)
    finally:
        dataset = None  # closed


#: glibc's mallopt parameters and the limits it accepts (malloc.h): the largest threshold on 64-bit systems.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX = -1, -3, 32 * 2 ** 20
_heap = {"users": 0, "libc": None}
_heap_lock = threading.Lock()


def _glibc():
    if _heap["libc"] is None:
        _heap["libc"] = False
        try:
            import ctypes

            libc = ctypes.CDLL("libc.so.6")
            libc.mallopt  # noqa: B018 — glibc only (not musl, macOS, Windows)
            _heap["libc"] = libc
        except (OSError, AttributeError):
            pass
    return _heap["libc"] or None


@contextlib.contextmanager
def _heap_reuse():
    """While windows count in a dask.distributed worker, freed memory is kept for reuse (docs/scaling.md).

    distributed starts its workers with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's mmap threshold at
    128 kB: every temporary array above it is then a fresh mapping, zero-filled page by page, and counting runs
    about two times slower. Between the first window starting and the last one ending in this process, glibc's
    thresholds are raised to 32 MB; then they are put back as distributed set them and the memory is returned, so
    the worker between calls is as its cluster configured it. Nothing changes where the variable is not set."""
    trim = os.environ.get("MALLOC_TRIM_THRESHOLD_")
    libc = _glibc() if trim is not None else None
    if libc is None:
        yield
        return
    with _heap_lock:
        _heap["users"] += 1
        if _heap["users"] == 1:
            libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX)
            libc.mallopt(_M_TRIM_THRESHOLD, _MMAP_THRESHOLD_MAX)
    try:
        yield
    finally:
        with _heap_lock:
            _heap["users"] -= 1
            if _heap["users"] == 0:
                mmap = os.environ.get("MALLOC_MMAP_THRESHOLD_", "")  # glibc's default 128 kB unless set too
                libc.mallopt(_M_MMAP_THRESHOLD, int(mmap) if mmap.isdigit() else 128 * 1024)
                try:
                    libc.mallopt(_M_TRIM_THRESHOLD, int(trim))
                except ValueError:
                    pass
                libc.malloc_trim(0)


def _count_window(job, start, raster_band, rasterizer, scratch):
    """The window's results, part after part (listed in that order: reduced as if each part were a window)."""
    rasterizer.shapes = job.shapes  # a window's own job may carry only its polygons (_window_job)
    out = []
    end = min(start + job.strip, job.height)
    for first in range(start, end, job.part):
        stop = min(first + job.part, end)
        local = _reaching(job.windows, first, stop)
        if not local:
            continue
        data = _read_rows(raster_band, job.dtype, first, stop - first, job.width, job.path, scratch)
        if job.offset:
            data = data.astype(np.int32)
            data += job.offset
        out.extend(_count_strip(rasterizer, data, GeoTransform(*job.transform), job.windows, local, first, stop,
                                job.width, job.base, job.geographic, job.ellipsoid, scratch))
    return out


def _window_job(job, start):
    """The job of the window starting at row ``start``, with the shapes of the polygons that reach into it only
    (the others None): dask sends a window's job with each window (its process scheduler pickles it for every
    task), and the polygons of all China's 2,875 counties are 4.5 MB of WKB, of which a window needs a few."""
    reaching = set(_reaching(job.windows, start, min(start + job.strip, job.height)))
    return job._replace(shapes=tuple(shape if i in reaching else None for i, shape in enumerate(job.shapes)))


def _dask_windows(count, job, starts, scheduler, client, workers, pool=None):
    """The windows counted by dask with ``count`` (count_window) — local threads or processes (``scheduler``, in
    ``pool`` when one is given), or a dask.distributed cluster (``client``) — as a context manager over the
    per-window results in window order (reduced exactly by the caller: integer counts, areas summed in the same
    order as the single-process path)."""
    import dask

    # Keys named after the call's token and the window: dask would otherwise hash every window's job to name it
    # (0.35 s for the 2,875 counties of China, before any window is counted).
    call = job.token.split("-")[1]
    task = dask.delayed(count)
    tasks = [task(dask.delayed(_window_job(job, start), name="ecocomp-job-{}-{}".format(call, start), traverse=False),
                  start, dask_key_name="ecocomp-window-{}-{}".format(call, start)) for start in starts]

    @contextlib.contextmanager
    def computed():  # computed on entering, i.e. inside bounded_gdal_cache()
        if client is not None:
            yield client.gather(client.compute(tasks))
        else:
            # dask's process scheduler hands a worker 6 windows at a time unless told otherwise (dask's "chunksize"
            # setting), which can leave the other idle for up to 6 windows at the end: one at a time keeps both busy.
            options = {} if pool is None else {"pool": pool}
            yield dask.compute(*tasks, scheduler=scheduler, num_workers=workers,
                               chunksize=dask.config.get("chunksize", 1), **options)

    return computed()
