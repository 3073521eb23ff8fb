"""Image files and photos: frames, EXIF orientation, page crop, deskew, illumination.

`load_frames` yields every frame of a PNG/JPEG/TIFF as greyscale with its EXIF steps;
`prepare_photo` finds the page in a photo, straightens it and evens its lighting, recording
each step applied (e.g. ["exif-rotate-90", "crop-page", "deskew-3.8",
"flatten-illumination"]). Steps that would not change anything are skipped, so a clean
scan or render passes through untouched. OpenCV is imported only here, only when needed.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.config import settings
from pipeline.errors import CorruptFile, PageTooLarge

WORK_SIDE = 1000  # analysis is done on a copy this size (long side), results applied full size
MIN_SKEW_GAIN = 1.15  # a skew angle must sharpen the line profile by this factor
REFUSE_FACTOR = 4  # more than this many times the pixel limit: refuse rather than downscale

# EXIF orientation tag → (step name, clockwise degrees turned)
EXIF_STEPS = {
    2: ("exif-mirror", 0),
    3: ("exif-rotate-180", 180),
    4: ("exif-flip", 180),
    5: ("exif-transpose", 90),
    6: ("exif-rotate-90", 90),
    7: ("exif-transverse", 270),
    8: ("exif-rotate-270", 270),
}


def _open(path: Path, file_name: str) -> Any:
    from PIL import Image

    limit = settings().max_page_pixels
    Image.MAX_IMAGE_PIXELS = max(Image.MAX_IMAGE_PIXELS or 0, limit * REFUSE_FACTOR)
    try:
        return Image.open(path)
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise CorruptFile(f"{file_name}: the image cannot be read ({exc})", file=file_name) from exc


def frame_count(path: Path, file_name: str) -> int:
    """Number of frames (pages) of an image file: 1, or N for a multi-page TIFF."""
    with _open(path, file_name) as img:
        return int(getattr(img, "n_frames", 1) or 1)


def load_frame(path: Path, index: int, file_name: str) -> tuple[np.ndarray, list[str], int]:
    """Frame `index` (0-based) as (greyscale uint8 array, steps applied, clockwise rotation):
    EXIF orientation applied, alpha flattened on white, downscaled above the pixel limit."""
    from PIL import Image, ImageOps

    limit = settings().max_page_pixels
    try:
        with _open(path, file_name) as img:
            img.seek(index)
            w, h = img.size
            if w * h > limit * REFUSE_FACTOR:
                raise PageTooLarge(
                    f"{file_name}: image of {w}x{h} pixels exceeds the limit of "
                    f"{limit * REFUSE_FACTOR} pixels",
                    file=file_name,
                )
            steps: list[str] = []
            rotation = 0
            orientation = img.getexif().get(0x0112, 1)
            frame: Image.Image = img
            if orientation in EXIF_STEPS:
                step, rotation = EXIF_STEPS[orientation]
                frame = ImageOps.exif_transpose(img)
                steps.append(step)
            gray = _to_gray(frame)
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptFile(f"{file_name}: the image cannot be read ({exc})", file=file_name) from exc
    gray, more = fit_pixels(gray, limit)
    return gray, steps + more, rotation


def _to_gray(frame: object) -> np.ndarray:
    from PIL import Image

    assert isinstance(frame, Image.Image)
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(background, rgba)
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(frame, dtype=np.float64)
        top = arr.max() or 1.0
        return (arr * (255.0 / top)).astype(np.uint8)
    return np.asarray(frame.convert("L"), dtype=np.uint8).copy()


def fit_pixels(gray: np.ndarray, limit: int) -> tuple[np.ndarray, list[str]]:
    """Downscale an image above the pixel limit (recorded as 'downscale-0.71')."""
    h, w = gray.shape
    if w * h <= limit:
        return gray, []
    import cv2

    factor = math.sqrt(limit / (w * h))
    size = (max(1, int(w * factor)), max(1, int(h * factor)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), [f"downscale-{factor:.2f}"]


def _work_copy(gray: np.ndarray) -> tuple[np.ndarray, float]:
    import cv2

    h, w = gray.shape
    scale = min(1.0, WORK_SIDE / max(h, w))
    if scale == 1.0:
        return gray, 1.0
    return cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA), scale


def _order_corners(pts: np.ndarray) -> np.ndarray:
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
        dtype=np.float32,
    )


def crop_page(gray: np.ndarray) -> tuple[np.ndarray, str | None]:
    """Find the page (largest bright quadrilateral) on a darker background and cut it out:
    perspective-corrected when four corners are found, else its bounding box."""
    import cv2

    small, scale = _work_copy(gray)
    blur = cv2.GaussianBlur(small, (7, 7), 0)
    _, mask = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return gray, None
    page = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(page) / float(small.shape[0] * small.shape[1])
    x, y, bw, bh = cv2.boundingRect(page)
    box_share = bw * bh / float(small.shape[0] * small.shape[1])
    if area < 0.15 or box_share > 0.95:
        return gray, None  # no page found, or the page already fills the picture
    # the background must really be darker than the page
    inside = small[mask > 0].mean()
    outside = small[mask == 0].mean() if (mask == 0).any() else 255.0
    if inside - outside < 30:
        return gray, None
    approx = cv2.approxPolyDP(page, 0.02 * cv2.arcLength(page, True), True)
    if len(approx) == 4 and cv2.isContourConvex(approx):
        corners = _order_corners(approx.reshape(4, 2).astype(np.float32) / scale)
        tl, tr, br, bl = corners
        width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
        height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
        target = np.array(
            [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32
        )
        matrix = cv2.getPerspectiveTransform(corners, target)
        warped = cv2.warpPerspective(
            gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )
        return warped, "crop-page"
    x0, y0 = int(x / scale), int(y / scale)
    x1, y1 = int((x + bw) / scale), int((y + bh) / scale)
    return gray[y0:y1, x0:x1].copy(), "crop-page-box"


def _text_mask(small: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )


def _profile_score(mask: np.ndarray, angle: float) -> float:
    import cv2

    h, w = mask.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = turned.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(gray: np.ndarray, max_angle: float = 10.0) -> float:
    """Skew of horizontal text lines in degrees (projection profile: the angle whose row
    sums are sharpest); positive means the page must turn counter-clockwise. 0 when there
    is too little ink, when lines run vertically (a page on its side: OSD's job), or when
    no angle is clearly sharper than the page as it is."""
    small, _ = _work_copy(gray)
    mask = _text_mask(small)
    if mask.mean() < 1.0:  # almost no ink
        return 0.0
    score = functools.partial(_profile_score, mask)
    straight = score(0.0)
    coarse = max(np.arange(-max_angle, max_angle + 0.01, 1.0), key=score)
    best = float(max(np.arange(coarse - 1.0, coarse + 1.01, 0.2), key=score))
    if score(best) < MIN_SKEW_GAIN * straight:
        return 0.0
    if _profile_score(np.ascontiguousarray(mask.T), 0.0) > score(best):
        return 0.0  # lines run vertically: the page is on its side
    return round(best, 1)


def deskew(gray: np.ndarray, min_angle: float = 0.5) -> tuple[np.ndarray, str | None]:
    """Rotate small skews out; leave straight pages alone."""
    import cv2

    angle = skew_angle(gray)
    if abs(angle) < min_angle:
        return gray, None
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += nw / 2 - w / 2
    matrix[1, 2] += nh / 2 - h / 2
    turned = cv2.warpAffine(
        gray, matrix, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return turned, f"deskew-{angle:.1f}"


def flatten_illumination(
    gray: np.ndarray, min_spread: float = 25.0
) -> tuple[np.ndarray, str | None]:
    """Divide by the blurred paper background when lighting is uneven (shadows, gradients)."""
    import cv2

    small, _ = _work_copy(gray)
    background = cv2.medianBlur(
        cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)), 31
    )
    low, high = np.percentile(background, [5, 95])
    if high - low < min_spread:
        return gray, None
    full = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(gray, np.maximum(full, 1), scale=255)
    return flat, "flatten-illumination"


def prepare_photo(gray: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Crop, flatten and deskew a photographed or scanned page; return it and the steps."""
    steps: list[str] = []
    for step in (crop_page, flatten_illumination, deskew):
        gray, name = step(gray)
        if name:
            steps.append(name)
    return gray, steps
