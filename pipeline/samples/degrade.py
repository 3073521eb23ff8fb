"""Scan and phone-photo effects applied to clean page images.

All randomness comes from the numpy Generator passed in, and every step is
plain numpy or Pillow arithmetic, so the same seed gives the same pixels.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

PAPER = 236  # grey level of scanned paper


def _clip(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan(
    page: Image.Image,
    rng: np.random.Generator,
    *,
    dpi: int,
    turn: int = 0,
) -> Image.Image:
    """A flatbed or copier scan: contrast loss, slight blur, skew of 0.5-1.5°, noise.

    `turn` (0, 90, 180, 270) turns the sheet counter-clockwise, as when a page
    was fed into the scanner sideways or upside down.
    """
    arr = np.asarray(page.convert("L"), dtype=np.float32)
    ink, paper = rng.uniform(28, 45), rng.uniform(222, 240)
    arr = ink + arr * (paper - ink) / 255.0
    h, w = arr.shape
    mottle = rng.normal(0.0, 5.0, size=(h // 8 + 1, w // 8 + 1)).astype(np.float32)
    mottle_img = Image.fromarray(mottle).resize((w, h), Image.Resampling.BILINEAR)
    arr += np.asarray(mottle_img) * (arr > 120)  # uneven paper
    arr += 6.0 * rng.standard_normal(size=arr.shape, dtype=np.float32)  # grain, softened below
    specks = rng.random(arr.shape, dtype=np.float32) < 0.0003
    arr[specks] = rng.uniform(20, 90)
    ys = np.linspace(0.0, 1.0, arr.shape[0], dtype=np.float32)[:, None]
    arr -= 12.0 * ys * (arr > 120)  # exposure falling off down the sheet
    img = _clip(arr).filter(ImageFilter.GaussianBlur(radius=0.5 * dpi / 200))
    angle = float(rng.uniform(0.5, 1.5) * rng.choice([-1.0, 1.0]))
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=int(paper))
    if turn:
        out = out.rotate(turn, expand=True)
    return out


def _desk(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """A wood-like desk surface (RGB float array)."""
    w, h = size
    base = np.array([118.0, 84.0, 55.0], dtype=np.float32)
    xs = np.arange(w, dtype=np.float32)[None, :]
    ys = np.arange(h, dtype=np.float32)[:, None]
    grain = 12.0 * np.sin(ys / 9.0 + 2.0 * np.sin(xs / 140.0)) + 6.0 * np.sin(ys / 2.7)
    noise = rng.normal(0.0, 6.0, size=(h, w)).astype(np.float32)
    lum = (grain + noise)[:, :, None]
    return base[None, None, :] + lum


def _keystone(img: Image.Image, rng: np.random.Generator) -> tuple[Image.Image, Image.Image]:
    """Tilt the sheet away from the camera: its top edge comes out narrower."""
    w, h = img.size
    dx, dy = w * float(rng.uniform(0.03, 0.05)), h * float(rng.uniform(0.005, 0.015))
    dst = [(dx, dy), (w - dx * 0.8, 0.0), (w, h), (0.0, h - dy)]
    src = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    coeffs = np.linalg.solve(np.array(rows), np.array(src).reshape(8))
    args = (img.size, Image.Transform.PERSPECTIVE, tuple(float(c) for c in coeffs))
    mask = Image.new("L", img.size, 255)
    return (
        img.transform(*args, resample=Image.Resampling.BICUBIC),
        mask.transform(*args, resample=Image.Resampling.BILINEAR),
    )


def photo(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A hand-held phone photo of a sheet on a desk: keystone, rotated 3-5°, desk border,
    uneven lamp light and a soft shadow, blur and sensor noise (RGB, upright)."""
    arr = np.asarray(page.convert("L"), dtype=np.float32)
    tint = np.array([246.0, 240.0, 226.0], dtype=np.float32) / 255.0
    sheet, mask = _keystone(_clip(arr[:, :, None] * tint[None, None, :]), rng)
    angle = float(rng.uniform(3.0, 5.0) * rng.choice([-1.0, 1.0]))
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask = mask.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)

    sw, sh = sheet.size
    margin_x, margin_y = int(sw * 0.07), int(sh * 0.06)
    cw, ch = sw + 2 * margin_x, sh + 2 * margin_y
    desk = _clip(_desk(rng, (cw, ch)))
    off = (margin_x + int(rng.integers(-20, 20)), margin_y + int(rng.integers(-20, 20)))
    shadow = Image.new("RGB", sheet.size, (40, 30, 22))
    desk.paste(shadow, (off[0] + 12, off[1] + 16), mask.filter(ImageFilter.GaussianBlur(14)))
    desk.paste(sheet, off, mask)

    arr = np.asarray(desk, dtype=np.float32)
    h, w = arr.shape[:2]
    ys = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    gx, gy = float(rng.uniform(0.6, 0.8)), float(rng.uniform(0.25, 0.4))
    light = 1.08 - 0.62 * (gx * xs + gy * ys)  # lamp on the top-left
    vignette = 1.0 - 0.3 * ((xs - 0.45) ** 2 + (ys - 0.4) ** 2)
    cx, cy = float(rng.uniform(0.1, 0.3)), float(rng.uniform(0.75, 0.9))
    hand = 1.0 - 0.35 * np.exp(-(((xs - cx) / 0.22) ** 2 + ((ys - cy) / 0.12) ** 2))
    arr = arr * (light * vignette * hand)[:, :, None]
    img = _clip(arr).filter(ImageFilter.GaussianBlur(radius=1.4))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0.0, 7.0, size=arr.shape).astype(np.float32)
    return _clip(arr)
