"""The Jiefangbei sample's generator, by job: the street frame and its projection
(frame), the scene (scene), what `check` must find in it (expected), the GeoJSON text
(geojson), the geometry of wedges and walls (geometry, walls) and the numerical checks
(verify).  make_sample.py, beside this folder, runs them."""
